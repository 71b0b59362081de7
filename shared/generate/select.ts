import { isAtLeast, type RiskMatrix } from '#shared/domain/risk-matrix';

export interface SelectableRisk {
  id: string;
  siteId: string;
  /** The level plans act on: residual when assessed, else inherent (a key or label). */
  currentLevel: { key: string } | null;
}

/**
 * The risks a new plan starts with: those at the plan's site (every site for a workspace-wide plan)
 * whose current level is at or above `minLevel` (all of them when no level is given).
 */
export function preselectRisks<T extends SelectableRisk>(
  risks: readonly T[],
  siteId: string | null,
  minLevel: string | null,
  matrix: RiskMatrix,
): T[] {
  return risks.filter(
    (risk) =>
      (siteId === null || risk.siteId === siteId) &&
      (!minLevel || (risk.currentLevel !== null && isAtLeast(matrix, risk.currentLevel.key, minLevel))),
  );
}
