import { describe, expect, it } from 'vitest';
import { DEFAULT_MATRIX, MATRIX_PRESETS, isAtLeast, levelFor, levelRank } from './risk-matrix';

describe('the default risk matrix (DOMAIN.md section 2)', () => {
  it('reads the documented levels', () => {
    expect(levelFor(DEFAULT_MATRIX, 5, 5)?.label).toBe('Unacceptable');
    expect(levelFor(DEFAULT_MATRIX, 5, 4)?.label).toBe('Very high');
    expect(levelFor(DEFAULT_MATRIX, 4, 4)?.label).toBe('High');
    expect(levelFor(DEFAULT_MATRIX, 3, 3)?.label).toBe('Medium');
    expect(levelFor(DEFAULT_MATRIX, 1, 5)?.label).toBe('Medium');
    expect(levelFor(DEFAULT_MATRIX, 1, 1)?.label).toBe('Low');
    expect(levelFor(DEFAULT_MATRIX, 6, 1)).toBeUndefined();
  });

  it('orders levels and compares by key or label', () => {
    expect(levelRank(DEFAULT_MATRIX, 'Very high')).toBe(3);
    expect(isAtLeast(DEFAULT_MATRIX, 'unacceptable', 'High')).toBe(true);
    expect(isAtLeast(DEFAULT_MATRIX, 'Medium', 'high')).toBe(false);
    expect(isAtLeast(DEFAULT_MATRIX, 'Bogus', 'Low')).toBe(false);
  });

  it('gives every preset a level for every cell', () => {
    for (const [name, matrix] of Object.entries(MATRIX_PRESETS)) {
      expect(matrix.cells, name).toHaveLength(matrix.likelihood.length);
      for (const row of matrix.cells) {
        expect(row, name).toHaveLength(matrix.impact.length);
        for (const key of row)
          expect(
            matrix.levels.some((level) => level.key === key),
            `${name}: ${key}`,
          ).toBe(true);
      }
    }
  });
});
