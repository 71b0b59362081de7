import { useSyncExternalStore } from 'react';

/*
 * Links to one item of a section: `#/w/<workspace>/<section>/<itemId>` (a plan, a risk). The
 * section's own route (routes.ts) ignores the item part, so the screen opens and then shows it.
 */

function subscribe(callback: () => void) {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

/** The item a hash points at in `section`, or null on the section alone or elsewhere. */
export function itemIdFromHash(hash: string, section: string): string | null {
  const [, scope, , hashSection, itemId] = hash.replace(/^#/, '').split('/');
  return scope === 'w' && hashSection === section && itemId ? decodeURIComponent(itemId) : null;
}

export function useItemIdFromHash(section: string): string | null {
  return itemIdFromHash(
    useSyncExternalStore(subscribe, () => window.location.hash),
    section,
  );
}

/** The section, with one item opened when `itemId` is given. */
export function itemHref(workspaceId: string, section: string, itemId: string | null): string {
  const base = `#/w/${encodeURIComponent(workspaceId)}/${section}`;
  return itemId ? `${base}/${encodeURIComponent(itemId)}` : base;
}
