import { useSyncExternalStore } from 'react';

function subscribe(callback: () => void) {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

/** The plan open in `#/w/<workspace>/plans/<planId>`, or null on the plans list. */
export function planIdFromHash(hash: string): string | null {
  const [, scope, , section, planId] = hash.replace(/^#/, '').split('/');
  return scope === 'w' && section === 'plans' && planId ? decodeURIComponent(planId) : null;
}

export function usePlanIdFromHash(): string | null {
  return planIdFromHash(useSyncExternalStore(subscribe, () => window.location.hash));
}

export function planHref(workspaceId: string, planId: string | null): string {
  const base = `#/w/${encodeURIComponent(workspaceId)}/plans`;
  return planId ? `${base}/${encodeURIComponent(planId)}` : base;
}

export function openPlan(workspaceId: string, planId: string | null): void {
  window.location.hash = planHref(workspaceId, planId);
}
