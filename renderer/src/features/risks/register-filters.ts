import type { RiskView } from '#shared/contract/risks';
import type { AcceptanceState, RiskStatus } from '#shared/domain';

export type HeatmapKind = 'inherent' | 'residual';

export interface HeatmapCell {
  kind: HeatmapKind;
  likelihood: number;
  impact: number;
}

export interface RegisterFilters {
  search: string;
  siteId: string;
  categoryKey: string;
  /** Key of the current level (residual when assessed, else inherent). */
  levelKey: string;
  status: RiskStatus | '';
  acceptance: AcceptanceState | 'attention' | '';
  cell: HeatmapCell | null;
}

export const NO_FILTERS: RegisterFilters = {
  search: '',
  siteId: '',
  categoryKey: '',
  levelKey: '',
  status: '',
  acceptance: '',
  cell: null,
};

/** Risks that still need a decision: no acceptance, an expired one, or one the rule does not allow. */
export function needsAcceptanceAttention(risk: RiskView): boolean {
  return (
    risk.acceptanceState === 'needed' || risk.acceptanceState === 'expired' || risk.acceptanceState === 'not-allowed'
  );
}

function matchesSearch(risk: RiskView, words: string[]): boolean {
  if (words.length === 0) return true;
  const haystack = [
    risk.title,
    risk.siteName,
    risk.categoryLabel,
    risk.description,
    ...risk.measures.map((m) => m.owner),
  ]
    .join(' ')
    .toLocaleLowerCase();
  return words.every((word) => haystack.includes(word));
}

export function inCell(risk: RiskView, cell: HeatmapCell): boolean {
  const assessment = cell.kind === 'inherent' ? risk.inherent : risk.residual;
  return assessment !== null && assessment.likelihood === cell.likelihood && assessment.impact === cell.impact;
}

/** Applies every filter of the register toolbar and the heatmap; all must match. */
export function filterRisks(risks: readonly RiskView[], filters: RegisterFilters): RiskView[] {
  const words = filters.search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return risks.filter(
    (risk) =>
      (!filters.siteId || risk.siteId === filters.siteId) &&
      (!filters.categoryKey || risk.categoryKey === filters.categoryKey) &&
      (!filters.levelKey || risk.currentLevel?.key === filters.levelKey) &&
      (!filters.status || risk.status === filters.status) &&
      (!filters.acceptance ||
        (filters.acceptance === 'attention'
          ? needsAcceptanceAttention(risk)
          : risk.acceptanceState === filters.acceptance)) &&
      (!filters.cell || inCell(risk, filters.cell)) &&
      matchesSearch(risk, words),
  );
}

/** Risks per heatmap cell, keyed "likelihood:impact". */
export function countByCell(risks: readonly RiskView[], kind: HeatmapKind): Map<string, number> {
  const counts = new Map<string, number>();
  for (const risk of risks) {
    const assessment = kind === 'inherent' ? risk.inherent : risk.residual;
    if (!assessment) continue;
    const key = `${assessment.likelihood}:${assessment.impact}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
