import { describe, expect, it } from 'vitest';
import type { RiskView } from '#shared/contract/risks';
import { NO_FILTERS, countByCell, filterRisks } from './register-filters';

const level = (key: string) => ({ key, label: key, color: '#000000' });

function risk(overrides: Partial<RiskView>): RiskView {
  return {
    id: 'r',
    workspaceId: 'w',
    siteId: 's1',
    siteName: 'Head Office',
    title: 'Risk',
    categoryKey: 'crime',
    categoryLabel: 'Crime',
    description: '',
    exposed: [],
    vulnerabilities: '',
    existingMeasures: '',
    inherent: { likelihood: 3, impact: 3 },
    residual: null,
    treatment: 'reduce',
    acceptance: null,
    nextReviewDate: null,
    status: 'assessed',
    measures: [],
    inherentLevel: level('medium'),
    residualLevel: null,
    currentLevel: level('medium'),
    levelChanged: false,
    previousLevels: { inherent: 'medium', residual: null },
    acceptanceState: 'needed',
    acceptanceAuthority: null,
    reviewOverdue: false,
    createdAt: '',
    updatedAt: '',
    ...overrides,
  };
}

const risks = [
  risk({
    id: 'a',
    title: 'Abduction on the M2',
    siteId: 's2',
    categoryKey: 'abduction',
    inherent: { likelihood: 4, impact: 5 },
    residual: { likelihood: 2, impact: 5 },
    currentLevel: level('medium'),
  }),
  risk({
    id: 'b',
    title: 'Пожар в резиденции',
    categoryKey: 'fire',
    currentLevel: level('high'),
    acceptanceState: 'accepted',
  }),
  risk({ id: 'c', title: 'Flood', status: 'draft', acceptanceState: 'expired', currentLevel: level('high') }),
];
const ids = (list: RiskView[]) => list.map((item) => item.id);

describe('register filters', () => {
  it('combines site, category, level, status and acceptance filters', () => {
    expect(ids(filterRisks(risks, NO_FILTERS))).toEqual(['a', 'b', 'c']);
    expect(ids(filterRisks(risks, { ...NO_FILTERS, siteId: 's1' }))).toEqual(['b', 'c']);
    expect(ids(filterRisks(risks, { ...NO_FILTERS, levelKey: 'high', status: 'draft' }))).toEqual(['c']);
    expect(ids(filterRisks(risks, { ...NO_FILTERS, acceptance: 'attention' }))).toEqual(['a', 'c']);
    expect(ids(filterRisks(risks, { ...NO_FILTERS, categoryKey: 'fire' }))).toEqual(['b']);
  });

  it('searches every word, case-insensitively, in any script', () => {
    expect(ids(filterRisks(risks, { ...NO_FILTERS, search: 'm2 ABDUCTION' }))).toEqual(['a']);
    expect(ids(filterRisks(risks, { ...NO_FILTERS, search: 'пожар' }))).toEqual(['b']);
  });

  it('filters by a heatmap cell of the inherent or residual grid', () => {
    expect(ids(filterRisks(risks, { ...NO_FILTERS, cell: { kind: 'inherent', likelihood: 4, impact: 5 } }))).toEqual([
      'a',
    ]);
    expect(ids(filterRisks(risks, { ...NO_FILTERS, cell: { kind: 'residual', likelihood: 3, impact: 3 } }))).toEqual(
      [],
    );
    expect(countByCell(risks, 'inherent').get('3:3')).toBe(2);
    expect(countByCell(risks, 'residual').get('2:5')).toBe(1);
  });
});
