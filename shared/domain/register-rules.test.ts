import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ACCEPTANCE_RULE,
  DEFAULT_MATRIX,
  MATRIX_PRESETS,
  acceptanceState,
  carverTotal,
  isIsoDate,
  isOverdue,
  rankByCarver,
  validateAcceptanceRule,
  validateMatrix,
  whoMayAccept,
  type RiskMatrix,
} from './index';

const copy = (matrix: RiskMatrix): RiskMatrix => structuredClone(matrix);

describe('matrix validation', () => {
  it('accepts every preset', () => {
    for (const [name, matrix] of Object.entries(MATRIX_PRESETS)) expect(validateMatrix(matrix), name).toEqual([]);
  });

  it('finds a cell without a level, by its place', () => {
    const matrix = copy(DEFAULT_MATRIX);
    matrix.cells[2]![1] = 'purple';
    expect(validateMatrix(matrix)).toEqual([
      expect.objectContaining({ path: 'cells[2][1]', message: expect.stringContaining('likelihood 3 x impact 2') }),
    ]);
  });

  it('refuses levels that go down as likelihood or impact grows', () => {
    const matrix = copy(DEFAULT_MATRIX);
    matrix.cells[4]![4] = 'medium';
    const problems = validateMatrix(matrix);
    expect(problems.map((problem) => problem.path)).toEqual(['cells[4][4]']);
    expect(problems[0]!.message).toMatch(/must not go down/);
  });

  it('refuses rows that do not match the scales, duplicate keys, empty labels and bad colours', () => {
    const matrix = copy(DEFAULT_MATRIX);
    matrix.cells[0] = ['low', 'low'];
    matrix.levels[1] = { key: 'low', label: '', color: 'yellow' };
    matrix.impact[2]!.label = ' ';
    const paths = validateMatrix(matrix).map((problem) => problem.path);
    expect(paths).toEqual(
      expect.arrayContaining(['cells[0]', 'levels[1].key', 'levels[1].label', 'levels[1].color', 'impact[2].label']),
    );
  });

  it('refuses a one-step scale', () => {
    const matrix: RiskMatrix = {
      likelihood: [{ value: 1, label: 'Any' }],
      impact: [{ value: 1, label: 'Any' }],
      levels: DEFAULT_MATRIX.levels.slice(0, 2),
      cells: [['low']],
    };
    expect(validateMatrix(matrix).map((problem) => problem.path)).toEqual(['likelihood', 'impact']);
  });
});

describe('the acceptance rule', () => {
  it('follows DOMAIN.md: unacceptable never, very high PC1 only, high PC1-PC2, lower any programme', () => {
    expect(whoMayAccept(DEFAULT_ACCEPTANCE_RULE, 'unacceptable', 'PC1')).toBeNull();
    expect(whoMayAccept(DEFAULT_ACCEPTANCE_RULE, 'very-high', 'PC1')).toMatch(/most senior/);
    expect(whoMayAccept(DEFAULT_ACCEPTANCE_RULE, 'very-high', 'PC2')).toBeNull();
    expect(whoMayAccept(DEFAULT_ACCEPTANCE_RULE, 'high', 'PC2')).toBe('Head of Mission');
    expect(whoMayAccept(DEFAULT_ACCEPTANCE_RULE, 'high', 'PC3')).toBeNull();
    expect(whoMayAccept(DEFAULT_ACCEPTANCE_RULE, 'medium', 'PC4')).toMatch(/manager/);
    expect(whoMayAccept(DEFAULT_ACCEPTANCE_RULE, 'low', 'PC1')).toMatch(/manager/);
  });

  it('says whether a risk needs acceptance, is accepted, expired, or accepted where the rule forbids it', () => {
    const accepted = { acceptedBy: 'HoM', criticality: 'PC1' as const, date: '2026-01-01', expiry: '2026-06-30' };
    expect(acceptanceState(DEFAULT_ACCEPTANCE_RULE, 'high', null, '2026-03-01')).toBe('needed');
    expect(acceptanceState(DEFAULT_ACCEPTANCE_RULE, 'high', accepted, '2026-03-01')).toBe('accepted');
    expect(acceptanceState(DEFAULT_ACCEPTANCE_RULE, 'high', accepted, '2026-06-30')).toBe('accepted');
    expect(acceptanceState(DEFAULT_ACCEPTANCE_RULE, 'high', accepted, '2026-07-01')).toBe('expired');
    expect(acceptanceState(DEFAULT_ACCEPTANCE_RULE, 'high', { ...accepted, criticality: 'PC4' }, '2026-03-01')).toBe(
      'not-allowed',
    );
    expect(acceptanceState(DEFAULT_ACCEPTANCE_RULE, 'unacceptable', accepted, '2026-03-01')).toBe('not-allowed');
    expect(acceptanceState(DEFAULT_ACCEPTANCE_RULE, null, null, '2026-03-01')).toBe('not-assessed');
  });

  it('validates a rule against the matrix levels', () => {
    expect(validateAcceptanceRule(DEFAULT_ACCEPTANCE_RULE, DEFAULT_MATRIX)).toEqual([]);
    expect(validateAcceptanceRule({ severe: { PC1: 'HoM' }, low: { PC1: ' ' } }, DEFAULT_MATRIX)).toEqual([
      'The rule names the level "severe", which the matrix does not have.',
      'Level "low", PC1: name who may accept.',
    ]);
  });
});

describe('CARVER, dates and overdue measures', () => {
  const scores = (c: number, rest: number) => ({
    criticality: c,
    accessibility: rest,
    recuperability: rest,
    vulnerability: rest,
    effect: rest,
    recognizability: rest,
  });

  it('sums the six scores and ranks highest first, criticality breaking ties', () => {
    expect(carverTotal(scores(5, 5))).toBe(30);
    const ranked = rankByCarver([
      { name: 'b', scores: scores(2, 4) },
      { name: 'a', scores: { ...scores(4, 4), accessibility: 3, recognizability: 3 } },
      { name: 'c', scores: scores(5, 5) },
      { name: 'd', scores: scores(1, 1) },
    ]);
    // b and a both total 22: a wins on criticality.
    expect(ranked.map((target) => target.name)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('checks calendar dates and overdue measures', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('28.02.2026')).toBe(false);
    expect(isOverdue('2026-01-01', 'planned', '2026-01-02')).toBe(true);
    expect(isOverdue('2026-01-01', 'done', '2026-01-02')).toBe(false);
    expect(isOverdue('2026-01-02', 'in-progress', '2026-01-02')).toBe(false);
    expect(isOverdue(null, 'planned', '2026-01-02')).toBe(false);
  });
});
