import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, SECTIONS, type Route } from './routes';

describe('hash routes', () => {
  it('round-trips a workspace section', () => {
    const route = { workspaceId: 'a b/c', section: 'sites' as const };
    expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('falls back to the overview for unknown sections and to no workspace for junk', () => {
    expect(parseRoute('#/w/abc/nonsense')).toEqual({ workspaceId: 'abc', section: 'overview' });
    expect(parseRoute('#/elsewhere')).toEqual({ workspaceId: null, section: 'overview' });
    expect(parseRoute('')).toEqual({ workspaceId: null, section: 'overview' });
  });

  it('lists every section once, each with a navigation label', () => {
    const names = SECTIONS.map((entry) => entry.section);
    expect(new Set(names).size).toBe(names.length);
    for (const entry of SECTIONS) expect(entry.labelKey, entry.section).toMatch(/^[a-zA-Z]+\.[a-zA-Z.]+$/);
  });
});

describe('item routes', () => {
  it('round-trips a risk id through the link, and the section stays the register', () => {
    const href = routeHref({ workspaceId: 'ws 1', section: 'risks', itemId: 'risk/7' });
    expect(href).toBe('#/w/ws%201/risks/risk%2F7');
    expect(parseRoute(href)).toEqual({ workspaceId: 'ws 1', section: 'risks', itemId: 'risk/7' });
  });

  it('has no risk on the register alone or in other sections', () => {
    expect(parseRoute(routeHref({ workspaceId: 'ws', section: 'risks' }))).toEqual({
      workspaceId: 'ws',
      section: 'risks',
    });
    expect(parseRoute('#/w/ws/plans/p1')).toEqual({ workspaceId: 'ws', section: 'plans', itemId: 'p1' });
    expect(parseRoute('')).not.toHaveProperty('itemId');
  });

  it('links to a plan, and back to the plans list', () => {
    expect(routeHref({ workspaceId: 'ws', section: 'plans', itemId: 'plan-1' })).toBe('#/w/ws/plans/plan-1');
    expect(routeHref({ workspaceId: 'ws', section: 'plans' })).toBe('#/w/ws/plans');
    expect(routeHref({ workspaceId: null, section: 'overview' })).toBe('#/');
  });

  it('opens a template at its newest version, or at the version named', () => {
    expect(parseRoute('#/w/ws/templates/site-security-plan')).toEqual({
      workspaceId: 'ws',
      section: 'templates',
      itemId: 'site-security-plan',
    });
    const older: Route = { workspaceId: 'ws', section: 'templates', itemId: 'fire plan', version: '1.0.0' };
    expect(routeHref(older)).toBe('#/w/ws/templates/fire%20plan/1.0.0');
    expect(parseRoute(routeHref(older))).toEqual(older);
    expect(parseRoute('#/w/ws/templates')).toEqual({ workspaceId: 'ws', section: 'templates' });
  });

  it('round-trips any workspace, item and version, whatever characters they hold', () => {
    const part = fc.string({ minLength: 1, unit: 'grapheme' });
    fc.assert(
      fc.property(part, part, part, (workspaceId, itemId, version) => {
        const plan: Route = { workspaceId, section: 'plans', itemId };
        const template: Route = { workspaceId, section: 'templates', itemId, version };
        expect(parseRoute(routeHref(plan))).toEqual(plan);
        expect(parseRoute(routeHref(template))).toEqual(template);
      }),
    );
  });

  it('ignores parts a section cannot open, and never throws on junk', () => {
    expect(parseRoute('#/w/ws/sites/site-1')).toEqual({ workspaceId: 'ws', section: 'sites' });
    expect(parseRoute('#/w/ws/plans/p1/1.0.0/more')).toEqual({ workspaceId: 'ws', section: 'plans', itemId: 'p1' });
    expect(parseRoute('#/w/ws/templates/t/2.0.0/more')).toEqual({
      workspaceId: 'ws',
      section: 'templates',
      itemId: 't',
      version: '2.0.0',
    });
    expect(parseRoute('#/w/ws/plans/')).toEqual({ workspaceId: 'ws', section: 'plans' });
    expect(parseRoute('#/w//plans/p1')).toEqual({ workspaceId: null, section: 'overview' });
    expect(parseRoute('#w/ws/plans')).toEqual({ workspaceId: null, section: 'overview' });
    // Malformed percent-encoding: the part is dropped rather than taking the screen down.
    expect(parseRoute('#/w/%E0%A4%A/plans')).toEqual({ workspaceId: null, section: 'overview' });
    expect(parseRoute('#/w/ws/plans/%E0%A4%A')).toEqual({ workspaceId: 'ws', section: 'plans' });
    expect(parseRoute('#/w/ws/templates/t/%')).toEqual({ workspaceId: 'ws', section: 'templates', itemId: 't' });
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (junk) => {
        const route = parseRoute(junk);
        expect(SECTIONS.map((entry) => entry.section)).toContain(route.section);
        expect(parseRoute(`#/w/ws/${junk}`).workspaceId).toBe('ws');
      }),
    );
  });
});
