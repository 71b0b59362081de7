import { describe, expect, it } from 'vitest';
import { DEFAULT_MATRIX } from '#shared/domain/risk-matrix';
import { preselectRisks } from './select';
import { suggestTemplates } from './suggest';

const templates = [
  { id: 'site-plan', title: 'Site plan', kind: 'site-security-plan', version: '1.0.0', appliesTo: [] },
  { id: 'fire', title: 'Fire plan', kind: 'contingency', version: '1.0.0', appliesTo: ['fire'] },
  { id: 'abduction', title: 'Abduction plan', kind: 'contingency', version: '2.0.0', appliesTo: ['abduction'] },
];

describe('template suggestions', () => {
  it("rank templates by the selected risks' categories, weighted by level", () => {
    const ranked = suggestTemplates(
      templates,
      [
        { category: 'fire', categoryLabel: 'Fire', level: 'medium' },
        { category: 'fire', categoryLabel: 'Fire', level: 'low' },
        { category: 'abduction', categoryLabel: 'Abduction', level: 'very-high' },
      ],
      DEFAULT_MATRIX,
    );
    expect(ranked.map((suggestion) => [suggestion.templateId, suggestion.score])).toEqual([
      ['abduction', 4],
      ['fire', 3],
      ['site-plan', 0.5],
    ]);
    expect(ranked[0]!.reasons).toEqual(['Abduction']);
  });

  it('put the general site plan first when no risk is selected', () => {
    expect(suggestTemplates(templates, [], DEFAULT_MATRIX)[0]!.templateId).toBe('site-plan');
  });
});

describe('risk preselection', () => {
  const risks = [
    { id: 'a', siteId: 'hq', currentLevel: { key: 'high' } },
    { id: 'b', siteId: 'hq', currentLevel: { key: 'medium' } },
    { id: 'c', siteId: 'north', currentLevel: { key: 'unacceptable' } },
    { id: 'd', siteId: 'hq', currentLevel: null },
  ];
  it("takes the site's risks at or above the level, or all of them without one", () => {
    expect(preselectRisks(risks, 'hq', 'high', DEFAULT_MATRIX).map((risk) => risk.id)).toEqual(['a']);
    expect(preselectRisks(risks, null, 'High', DEFAULT_MATRIX).map((risk) => risk.id)).toEqual(['a', 'c']);
    expect(preselectRisks(risks, 'hq', null, DEFAULT_MATRIX).map((risk) => risk.id)).toEqual(['a', 'b', 'd']);
  });
});
