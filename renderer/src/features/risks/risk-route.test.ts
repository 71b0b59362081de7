import { describe, expect, it } from 'vitest';
import { parseRoute } from '#renderer/app/routes';
import { riskHref, riskIdFromHash } from './risk-route';

describe('risk route', () => {
  it('round-trips a risk id through the link, and the section stays the register', () => {
    const href = riskHref('ws 1', 'risk/7');
    expect(href).toBe('#/w/ws%201/risks/risk%2F7');
    expect(riskIdFromHash(href)).toBe('risk/7');
    expect(parseRoute(href)).toEqual({ workspaceId: 'ws 1', section: 'risks' });
  });

  it('has no risk on the register alone or in other sections', () => {
    expect(riskIdFromHash(riskHref('ws', null))).toBeNull();
    expect(riskIdFromHash('#/w/ws/plans/p1')).toBeNull();
    expect(riskIdFromHash('')).toBeNull();
  });
});
