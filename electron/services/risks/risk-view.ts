import type { RiskView } from '#shared/contract/risks';
import {
  acceptanceState,
  levelFor,
  levelKeyFor,
  whoMayAccept,
  type AcceptanceRule,
  type RiskMatrix,
  type ThreatCategory,
} from '#shared/domain';
import type { RiskRecord, SeenLevels } from '#electron/db/repositories/risks';

export interface ViewContext {
  matrix: RiskMatrix;
  rule: AcceptanceRule;
  categories: readonly ThreatCategory[];
  /** YYYY-MM-DD */
  today: string;
}

/** The level keys a user sees for these assessments under this matrix. */
export function currentLevelKeys(matrix: RiskMatrix, risk: Pick<RiskRecord, 'inherent' | 'residual'>): SeenLevels {
  return {
    inherent: levelKeyFor(matrix, risk.inherent.likelihood, risk.inherent.impact),
    residual: risk.residual ? levelKeyFor(matrix, risk.residual.likelihood, risk.residual.impact) : null,
  };
}

/** A stored risk with everything derived: levels, label, level change, acceptance standing. */
export function toRiskView(record: RiskRecord, context: ViewContext): RiskView {
  const { matrix, rule, categories, today } = context;
  const inherentLevel = levelFor(matrix, record.inherent.likelihood, record.inherent.impact) ?? null;
  const residualLevel = record.residual
    ? (levelFor(matrix, record.residual.likelihood, record.residual.impact) ?? null)
    : null;
  const currentLevel = record.residual ? residualLevel : inherentLevel;
  const now = currentLevelKeys(matrix, record);
  const { seenLevels, ...risk } = record;
  return {
    ...risk,
    categoryLabel: categories.find((category) => category.key === record.categoryKey)?.label ?? record.categoryKey,
    inherentLevel,
    residualLevel,
    currentLevel,
    levelChanged: now.inherent !== seenLevels.inherent || now.residual !== seenLevels.residual,
    previousLevels: seenLevels,
    acceptanceState: acceptanceState(rule, currentLevel?.key ?? null, record.acceptance, today),
    acceptanceAuthority: whoMayAccept(rule, currentLevel?.key ?? null, record.acceptance?.criticality ?? 'PC1'),
    reviewOverdue: record.nextReviewDate !== null && record.nextReviewDate < today && record.status !== 'closed',
  };
}
