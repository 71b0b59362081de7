import { describe, expect, it } from 'vitest';
import { bumpVersion, compareVersions, newestFirst } from './version';

describe('template versions', () => {
  it('bumps and orders semantic versions numerically', () => {
    expect(bumpVersion('1.2.3', 'patch')).toBe('1.2.4');
    expect(bumpVersion('1.2.3', 'minor')).toBe('1.3.0');
    expect(bumpVersion('1.2.3', 'major')).toBe('2.0.0');
    expect(compareVersions('1.10.0', '1.9.9')).toBeGreaterThan(0);
    expect(newestFirst(['1.0.0', '1.10.0', '1.2.0'])).toEqual(['1.10.0', '1.2.0', '1.0.0']);
    expect(() => bumpVersion('1.0', 'patch')).toThrow(/not a semantic version/);
  });
});
