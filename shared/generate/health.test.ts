import { describe, expect, it } from 'vitest';
import { field, paragraph, storedDocument } from '#shared/document/build';
import { DEFAULT_MATRIX } from '#shared/domain/risk-matrix';
import { coverageMatrix, planHealth, referencedRiskIds } from './health';

const plan = storedDocument({ title: 'Plan', kind: 'contingency' }, [
  paragraph(field('fill.assembly', 'Assembly point'), ' and again ', field('fill.assembly', 'Assembly point')),
  paragraph(field('site.name', 'Site', 'Head office'), {
    type: 'risk-reference',
    version: 1,
    riskId: 'gone',
    title: 'Old risk',
    level: 'High',
  }),
  {
    type: 'action-table',
    version: 1,
    title: 'Actions',
    rows: [
      { id: 'a1', trigger: '', action: 'Lock doors', responsible: '', when: '' },
      { id: 'a2', trigger: '', action: 'Call police', responsible: 'Guard', when: '0-10 min' },
    ],
  },
  {
    type: 'contact-table',
    version: 1,
    variant: 'contacts',
    title: 'Contacts',
    rows: [{ id: 'c1', name: 'Ben', role: '', phone: ' ', email: '', callSign: '', deputy: '', calls: [] }],
  },
]);

describe('planHealth', () => {
  it('lists every gap an approver would send back', () => {
    const health = planHealth({
      document: plan,
      today: '2026-11-22',
      reviewDate: '2026-11-20',
      matrix: DEFAULT_MATRIX,
      siteRisks: [
        { id: 'r1', title: 'Unrest', level: 'High' },
        { id: 'r2', title: 'Theft', level: 'Medium' },
        { id: 'r3', title: 'Attack', level: 'Very high' },
      ],
      coveredRiskIds: ['r3'],
      existingRiskIds: ['r1', 'r2', 'r3'],
    });
    expect(health.unfilledFields).toEqual([{ key: 'fill.assembly', label: 'Assembly point', occurrences: 2 }]);
    expect(health.incompleteActions).toEqual([
      { table: 'Actions', rowId: 'a1', action: 'Lock doors', missing: ['owner', 'deadline'] },
    ]);
    expect(health.uncoveredRisks.map((risk) => risk.id)).toEqual(['r1']);
    expect(health.contactsWithoutPhone).toEqual([{ table: 'Contacts', rowId: 'c1', name: 'Ben' }]);
    expect(health.deletedRiskReferences).toEqual([{ riskId: 'gone', title: 'Old risk' }]);
    expect(health.reviewOverdueDays).toBe(2);
    expect(health.issueCount).toBe(6);
  });

  it('does not report a review date that is today or later', () => {
    const health = planHealth({
      document: plan,
      today: '2026-11-22',
      reviewDate: '2026-11-22',
      matrix: DEFAULT_MATRIX,
      siteRisks: [],
      coveredRiskIds: [],
      existingRiskIds: ['gone'],
    });
    expect(health.reviewOverdueDays).toBeNull();
    expect(health.deletedRiskReferences).toEqual([]);
  });
});

describe('coverage', () => {
  it('finds the risks a plan references and builds the risks x plans matrix', () => {
    expect(referencedRiskIds(plan)).toEqual(['gone']);
    const coverage = coverageMatrix(
      [
        { id: 'r1', title: 'Unrest', level: 'High' },
        { id: 'r2', title: 'Theft', level: 'Low' },
        { id: 'r3', title: 'Attack', level: 'Very high' },
      ],
      [
        { id: 'p1', title: 'Evacuation', riskIds: ['r1'] },
        { id: 'p2', title: 'Site plan', riskIds: ['r1', 'r2'] },
      ],
      DEFAULT_MATRIX,
    );
    expect(coverage.covered).toEqual([
      [true, true],
      [false, true],
      [false, false],
    ]);
    expect(coverage.uncovered).toEqual(['r3']);
  });
});
