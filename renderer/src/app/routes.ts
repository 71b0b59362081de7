/** Screens of a workspace; a new feature adds its section here and a nav entry in AppShell. */
export const SECTIONS = [
  'overview',
  'sites',
  'plans',
  'search',
  'risks',
  'measures',
  'people',
  'targets',
  'matrix',
  'phases',
  'house-style',
  'templates',
  'settings',
] as const;
export type Section = (typeof SECTIONS)[number];

export interface Route {
  workspaceId: string | null;
  section: Section;
}

/** `#/w/<workspaceId>/<section>`: hash routes survive reloads in the browser and in file:// Electron. */
export function parseRoute(hash: string): Route {
  const [, scope, workspaceId, section] = hash.replace(/^#/, '').split('/');
  if (scope !== 'w' || !workspaceId) return { workspaceId: null, section: 'overview' };
  return {
    workspaceId: decodeURIComponent(workspaceId),
    section: (SECTIONS as readonly string[]).includes(section ?? '') ? (section as Section) : 'overview',
  };
}

export function formatRoute(route: Route): string {
  return route.workspaceId ? `#/w/${encodeURIComponent(route.workspaceId)}/${route.section}` : '#/';
}
