import { useSyncExternalStore } from 'react';

/*
 * The route table. Addresses are hash routes, `#/w/<workspace>/<section>[/<item>[/<version>]]`,
 * so that reloads work in the browser and under file:// in Electron alike. A new screen adds its
 * entry to SECTIONS (its place in the navigation, its label and what its address may open); the
 * type checker then asks for its component in AppShell's screen map.
 */

interface SectionEntry {
  section: string;
  /** i18n key of the navigation link. */
  labelKey: string;
  /** What the address may name after the section: one item (a plan, a risk), or an item and its version. */
  opens?: 'item' | 'item-version';
}

/** The screens of a workspace, in navigation order. */
export const SECTIONS = [
  { section: 'overview', labelKey: 'nav.overview' },
  { section: 'sites', labelKey: 'nav.sites' },
  { section: 'risks', labelKey: 'risks.nav', opens: 'item' },
  { section: 'measures', labelKey: 'measures.nav' },
  { section: 'people', labelKey: 'people.nav' },
  { section: 'targets', labelKey: 'targets.nav' },
  { section: 'matrix', labelKey: 'matrix.nav' },
  { section: 'phases', labelKey: 'phases.nav' },
  { section: 'plans', labelKey: 'plans.nav', opens: 'item' },
  { section: 'search', labelKey: 'search.nav' },
  { section: 'templates', labelKey: 'templates.nav', opens: 'item-version' },
  { section: 'house-style', labelKey: 'houseStyle.nav' },
  { section: 'settings', labelKey: 'nav.settings' },
  // Installation-wide (passphrase, backups, data folder): the same for every workspace.
  { section: 'app-settings', labelKey: 'appSettings.nav' },
] as const satisfies readonly SectionEntry[];

type Entry = (typeof SECTIONS)[number];
export type Section = Entry['section'];

/** The address of one section, with the parts its entry allows it to open. */
type SectionRoute<E extends Entry> = E extends { opens: 'item-version' }
  ? { section: E['section']; itemId?: string; /** Absent: the newest. */ version?: string }
  : E extends { opens: 'item' }
    ? { section: E['section']; itemId?: string }
    : { section: E['section'] };

/** Where the app is: no workspace yet, or a section of one, possibly with an item opened in it. */
export type Route = { workspaceId: string | null } & SectionRoute<Entry>;

const ENTRIES = new Map<string, Entry>(SECTIONS.map((entry) => [entry.section, entry]));
const NOWHERE: Route = { workspaceId: null, section: 'overview' };

/** A path part as written, or null when it is empty or not valid percent-encoding. */
function decodePart(part: string | undefined): string | null {
  if (!part) return null;
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/**
 * The route a hash names. Unknown sections fall back to the overview of the workspace; anything
 * that is not a workspace address (or not decodable) to no workspace; parts a section cannot
 * open are ignored.
 */
export function parseRoute(hash: string): Route {
  const [empty, scope, ...parts] = hash.replace(/^#/, '').split('/');
  const workspaceId = empty === '' && scope === 'w' ? decodePart(parts[0]) : null;
  if (workspaceId === null) return NOWHERE;
  const entry = ENTRIES.get(parts[1] ?? '');
  if (!entry) return { workspaceId, section: 'overview' };
  const itemId = 'opens' in entry ? decodePart(parts[2]) : null;
  const version = 'opens' in entry && entry.opens === 'item-version' && itemId ? decodePart(parts[3]) : null;
  return {
    workspaceId,
    section: entry.section,
    ...(itemId === null ? {} : { itemId }),
    ...(version === null ? {} : { version }),
  };
}

/** The address of a route: every link and every navigation in the app is built here. */
export function routeHref(route: Route): string {
  if (route.workspaceId === null) return '#/';
  const parts = ['w', route.workspaceId, route.section];
  if ('itemId' in route && route.itemId) {
    parts.push(route.itemId);
    if ('version' in route && route.version) parts.push(route.version);
  }
  return `#/${parts.map(encodeURIComponent).join('/')}`;
}

/** Goes to a route; `replace` leaves the current address out of the history (a closed dialog's link). */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  if (options.replace) window.location.replace(routeHref(route));
  else window.location.hash = routeHref(route);
}

function subscribe(callback: () => void) {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

/** The current route, following the address bar. */
export function useRoute(): Route {
  return parseRoute(useSyncExternalStore(subscribe, () => window.location.hash));
}
