import type { RiskScore } from '#shared/document/nodes';
import type { RiskMatrix } from '#shared/domain/risk-matrix';

/**
 * Everything a template may draw on, gathered by the caller (the plans service, the CLI's `render`,
 * tests). Plain data only: the generator reads no clock, no database and no file.
 */
export interface PlanContext {
  /** `currency` is the mission's accounting currency, e.g. EUR; templates give it a default. */
  workspace: { name: string; marking: string; description?: string; currency?: string };
  /** The site the plan is for; null for a workspace-wide plan. */
  site: PlanSite | null;
  /** Every site of the workspace (for `repeat over sites`). */
  sites: PlanSite[];
  /** The risks selected for the plan, with levels already computed from the matrix. */
  risks: PlanRisk[];
  people: PlanPerson[];
  phases: PlanPhase[];
  targets: PlanTarget[];
  matrix: RiskMatrix;
  /** Today's date, ISO `YYYY-MM-DD`, passed in so generation stays deterministic. */
  today: string;
  /** What is already known about the plan itself (`{{plan.version}}`, `{{plan.preparedBy}}`...). */
  plan?: Partial<Record<'version' | 'effectiveDate' | 'reviewDate' | 'preparedBy' | 'approvedBy', string>>;
}

export interface PlanSite {
  id: string;
  name: string;
  kind: string;
  address: string;
}

export interface PlanMeasure {
  id: string;
  description: string;
  type: 'prevention' | 'mitigation';
  owner: string;
  /** ISO date or free text; empty when not set. */
  dueDate: string;
  status: string;
}

export interface PlanRisk {
  id: string;
  title: string;
  /** Site name; empty for a workspace-wide risk. */
  site: string;
  /** Threat/hazard category key, e.g. "civil-unrest". */
  category: string;
  categoryLabel: string;
  description: string;
  exposed: string;
  vulnerabilities: string;
  inherent: RiskScore;
  residual: RiskScore | null;
  /** accept, control, avoid, transfer, or empty. */
  treatment: string;
  measures: PlanMeasure[];
  /** Measures already in place when the risk was assessed. */
  existingMeasures?: string;
  /** Who accepted the residual risk, for which programme criticality (PC1-PC4), on which date, until when. */
  acceptance?: { acceptedBy: string; criticality: string; date: string; expiry: string } | null;
  /** ISO date of the risk's next review; empty when not set. */
  nextReviewDate?: string;
}

export interface PlanPerson {
  id: string;
  name: string;
  role: string;
  phone: string;
  email: string;
  callSign: string;
  deputy: string;
  /** Site name, empty when the person covers the whole workspace. */
  site: string;
  /** Call tree: names of the people this person calls next. */
  calls: string[];
}

export interface PlanPhase {
  phase: number;
  name: string;
  description: string;
  indicators: string[];
  declaredBy: string;
  actions: string[];
}

export interface CarverScores {
  criticality: number;
  accessibility: number;
  recuperability: number;
  vulnerability: number;
  effect: number;
  recognizability: number;
}

export interface PlanTarget extends CarverScores {
  id: string;
  name: string;
  site: string;
  description: string;
}

export interface GenerateOptions {
  templateId: string;
  templateVersion: string;
  /** Plan title; defaults to the template's title followed by the site name. */
  title?: string;
  /** Plan kind; defaults to the template's kind. */
  kind?: string;
}

export function carverTotal(scores: CarverScores): number {
  return (
    scores.criticality +
    scores.accessibility +
    scores.recuperability +
    scores.vulnerability +
    scores.effect +
    scores.recognizability
  );
}
