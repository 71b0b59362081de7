import { describe, expect, it } from 'vitest';
import { keyFromLabel } from './CategoriesEditor';

describe('keys for new categories', () => {
  it('are lower-case words joined by dashes, unique in the workspace', () => {
    expect(keyFromLabel('Landmines & UXO', new Set())).toBe('landmines-uxo');
    expect(keyFromLabel('Crime', new Set(['crime', 'crime-2']))).toBe('crime-3');
    expect(keyFromLabel('Похищение', new Set())).toBe('category');
    expect(keyFromLabel('Похищение', new Set(['category']))).toBe('category-2');
  });
});
