import { useSyncExternalStore } from 'react';

function subscribe(callback: () => void) {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

export interface TemplateRoute {
  id: string;
  /** Undefined: the newest version. */
  version?: string;
}

/** The template open in `#/w/<workspace>/templates/<id>[/<version>]`, or null on the library list. */
export function templateRouteFromHash(hash: string): TemplateRoute | null {
  const [, scope, , section, id, version] = hash.replace(/^#/, '').split('/');
  if (scope !== 'w' || section !== 'templates' || !id) return null;
  return version
    ? { id: decodeURIComponent(id), version: decodeURIComponent(version) }
    : { id: decodeURIComponent(id) };
}

export function useTemplateRoute(): TemplateRoute | null {
  return templateRouteFromHash(useSyncExternalStore(subscribe, () => window.location.hash));
}

export function templateHref(workspaceId: string, route: TemplateRoute | null): string {
  const base = `#/w/${encodeURIComponent(workspaceId)}/templates`;
  if (!route) return base;
  return `${base}/${encodeURIComponent(route.id)}${route.version ? `/${encodeURIComponent(route.version)}` : ''}`;
}
