import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute } from './routes';

describe('hash routes', () => {
  it('round-trips a workspace section', () => {
    const route = { workspaceId: 'a b/c', section: 'sites' as const };
    expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  it('falls back to the overview for unknown sections and to no workspace for junk', () => {
    expect(parseRoute('#/w/abc/nonsense')).toEqual({ workspaceId: 'abc', section: 'overview' });
    expect(parseRoute('#/elsewhere')).toEqual({ workspaceId: null, section: 'overview' });
    expect(parseRoute('')).toEqual({ workspaceId: null, section: 'overview' });
  });
});
