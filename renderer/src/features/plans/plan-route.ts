import { itemHref, itemIdFromHash, useItemIdFromHash } from '#renderer/app/item-route';

/** The plan open in `#/w/<workspace>/plans/<planId>`, or null on the plans list. */
export const planIdFromHash = (hash: string): string | null => itemIdFromHash(hash, 'plans');

export const usePlanIdFromHash = (): string | null => useItemIdFromHash('plans');

export const planHref = (workspaceId: string, planId: string | null): string => itemHref(workspaceId, 'plans', planId);

export function openPlan(workspaceId: string, planId: string | null): void {
  window.location.hash = planHref(workspaceId, planId);
}
