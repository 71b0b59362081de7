import type { StoredDocument } from '#shared/document/nodes';
import { walk } from '#shared/document/walk';
import { isAtLeast, type RiskMatrix } from '#shared/domain/risk-matrix';

/** Risk ids a plan covers: its risk references and the rows of its risk summary tables. */
export function referencedRiskIds(document: StoredDocument): string[] {
  const ids = new Set<string>();
  walk(document.content.root.children, (node) => {
    if (node.type === 'risk-reference') ids.add(node.riskId);
    if (node.type === 'risk-summary-table') for (const row of node.rows) ids.add(row.riskId);
  });
  return [...ids].sort();
}

export interface HealthRisk {
  id: string;
  title: string;
  /** Current inherent level label. */
  level: string;
}

export interface HealthInput {
  document: StoredDocument;
  /** ISO date. */
  today: string;
  /** ISO date, or null when the plan has none. */
  reviewDate: string | null;
  matrix: RiskMatrix;
  /** Risks currently recorded at the plan's site (or the workspace, for a workspace-wide plan). */
  siteRisks: HealthRisk[];
  /** Ids of risks that any plan of the workspace covers (this one included). */
  coveredRiskIds: Iterable<string>;
  /** Ids of every risk that still exists, to find references to deleted risks. */
  existingRiskIds: Iterable<string>;
  /** The level from which an uncovered risk is reported; High by default. */
  minimumLevel?: string;
}

export interface UnfilledField {
  key: string;
  label: string;
  occurrences: number;
}

export interface IncompleteAction {
  table: string;
  rowId: string;
  action: string;
  missing: Array<'owner' | 'deadline'>;
}

export interface ContactWithoutPhone {
  table: string;
  rowId: string;
  name: string;
}

export interface PlanHealth {
  unfilledFields: UnfilledField[];
  incompleteActions: IncompleteAction[];
  uncoveredRisks: HealthRisk[];
  contactsWithoutPhone: ContactWithoutPhone[];
  /** Risk references whose risk has been deleted since. */
  deletedRiskReferences: Array<{ riskId: string; title: string }>;
  /** Days past the review date; null when not passed (or no date). */
  reviewOverdueDays: number | null;
  issueCount: number;
}

function daysBetween(fromIso: string, toIso: string): number {
  return Math.round(
    (Date.parse(`${toIso.slice(0, 10)}T00:00:00Z`) - Date.parse(`${fromIso.slice(0, 10)}T00:00:00Z`)) / 86_400_000,
  );
}

/** What an approver would send back: everything a plan still lacks, as plain data. */
export function planHealth(input: HealthInput): PlanHealth {
  const fields = new Map<string, UnfilledField>();
  const incompleteActions: IncompleteAction[] = [];
  const contactsWithoutPhone: ContactWithoutPhone[] = [];
  const references = new Map<string, string>();

  walk(input.document.content.root.children, (node) => {
    switch (node.type) {
      case 'field':
        if (node.value === null || node.value.trim() === '') {
          const known = fields.get(node.key);
          if (known) known.occurrences += 1;
          else fields.set(node.key, { key: node.key, label: node.label || node.key, occurrences: 1 });
        }
        break;
      case 'action-table':
        for (const row of node.rows) {
          const missing: IncompleteAction['missing'] = [];
          if (!row.responsible.trim()) missing.push('owner');
          if (!row.when.trim()) missing.push('deadline');
          if (missing.length) incompleteActions.push({ table: node.title, rowId: row.id, action: row.action, missing });
        }
        break;
      case 'contact-table':
        for (const row of node.rows) {
          if (!row.phone.trim()) contactsWithoutPhone.push({ table: node.title, rowId: row.id, name: row.name });
        }
        break;
      case 'risk-reference':
        references.set(node.riskId, node.title);
        break;
      case 'risk-summary-table':
        for (const row of node.rows) references.set(row.riskId, row.title);
        break;
      default:
        break;
    }
  });

  const covered = new Set(input.coveredRiskIds);
  const existing = new Set(input.existingRiskIds);
  const floor = input.minimumLevel ?? 'high';
  const uncoveredRisks = input.siteRisks.filter(
    (risk) => isAtLeast(input.matrix, risk.level, floor) && !covered.has(risk.id),
  );
  const deletedRiskReferences = [...references]
    .filter(([riskId]) => !existing.has(riskId))
    .map(([riskId, title]) => ({ riskId, title }));
  const overdue = input.reviewDate ? daysBetween(input.reviewDate, input.today) : null;
  const reviewOverdueDays = overdue !== null && overdue > 0 ? overdue : null;

  const unfilledFields = [...fields.values()];
  return {
    unfilledFields,
    incompleteActions,
    uncoveredRisks,
    contactsWithoutPhone,
    deletedRiskReferences,
    reviewOverdueDays,
    issueCount:
      unfilledFields.length +
      incompleteActions.length +
      uncoveredRisks.length +
      contactsWithoutPhone.length +
      deletedRiskReferences.length +
      (reviewOverdueDays === null ? 0 : 1),
  };
}

export interface CoveragePlan {
  id: string;
  title: string;
  riskIds: readonly string[];
}

export interface CoverageMatrix {
  risks: HealthRisk[];
  plans: Array<{ id: string; title: string }>;
  /** covered[riskIndex][planIndex] */
  covered: boolean[][];
  /** Risks at or above the floor that no plan covers. */
  uncovered: string[];
}

/** Risks x plans: which plan covers which risk, and which significant risks none does. */
export function coverageMatrix(
  risks: HealthRisk[],
  plans: CoveragePlan[],
  matrix: RiskMatrix,
  floor = 'high',
): CoverageMatrix {
  const sets = plans.map((plan) => new Set(plan.riskIds));
  const covered = risks.map((risk) => sets.map((set) => set.has(risk.id)));
  return {
    risks,
    plans: plans.map(({ id, title }) => ({ id, title })),
    covered,
    uncovered: risks
      .filter((risk, index) => isAtLeast(matrix, risk.level, floor) && !covered[index]!.some(Boolean))
      .map((risk) => risk.id),
  };
}
