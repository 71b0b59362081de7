import { itemHref, itemIdFromHash, useItemIdFromHash } from '#renderer/app/item-route';

/** The risk a link points at in `#/w/<workspace>/risks/<riskId>`, or null on the register alone. */
export const riskIdFromHash = (hash: string): string | null => itemIdFromHash(hash, 'risks');

export const useRiskIdFromHash = (): string | null => useItemIdFromHash('risks');

/** The register, with one risk opened when `riskId` is given (risk references link here). */
export const riskHref = (workspaceId: string, riskId: string | null): string => itemHref(workspaceId, 'risks', riskId);
