import { useSyncExternalStore } from 'react';

function subscribe(callback: () => void) {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

/** The risk a link points at in `#/w/<workspace>/risks/<riskId>`, or null on the register alone. */
export function riskIdFromHash(hash: string): string | null {
  const [, scope, , section, riskId] = hash.replace(/^#/, '').split('/');
  return scope === 'w' && section === 'risks' && riskId ? decodeURIComponent(riskId) : null;
}

export function useRiskIdFromHash(): string | null {
  return riskIdFromHash(useSyncExternalStore(subscribe, () => window.location.hash));
}

/** The register, with one risk opened when `riskId` is given (risk references link here). */
export function riskHref(workspaceId: string, riskId: string | null): string {
  const base = `#/w/${encodeURIComponent(workspaceId)}/risks`;
  return riskId ? `${base}/${encodeURIComponent(riskId)}` : base;
}
