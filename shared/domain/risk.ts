/**
 * Plain types of the risk register (DOMAIN.md sections 3 and 4) as the API returns them and the
 * plan generator consumes them. Levels are never stored: they are derived from likelihood and
 * impact with the workspace matrix (`levelFor`), so `AssessedRiskWithLevels` adds them on read.
 */
import type { RiskLevel } from './risk-matrix';

export const TREATMENTS = ['accept', 'reduce', 'avoid', 'transfer'] as const;
export type Treatment = (typeof TREATMENTS)[number];

export const PROGRAMME_CRITICALITIES = ['PC1', 'PC2', 'PC3', 'PC4'] as const;
export type ProgrammeCriticality = (typeof PROGRAMME_CRITICALITIES)[number];

export const RISK_STATUSES = ['draft', 'assessed', 'accepted', 'closed'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

export const MEASURE_TYPES = ['prevention', 'mitigation'] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];

export const MEASURE_STATUSES = ['planned', 'in-progress', 'done', 'cancelled'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** Who or what a risk exposes (DOMAIN.md section 3). */
export const EXPOSED_ELEMENTS = ['staff', 'premises', 'assets', 'programmes', 'information', 'reputation'] as const;

export interface Assessment {
  likelihood: number;
  impact: number;
}

export interface Acceptance {
  acceptedBy: string;
  criticality: ProgrammeCriticality;
  /** ISO date YYYY-MM-DD */
  date: string;
  /** ISO date YYYY-MM-DD; after it the acceptance must be renewed. */
  expiry: string;
}

export interface Measure {
  id: string;
  riskId: string;
  /** Prevention reduces likelihood; mitigation reduces impact. */
  type: MeasureType;
  description: string;
  owner: string;
  /** ISO date YYYY-MM-DD, or null when not scheduled. */
  dueDate: string | null;
  status: MeasureStatus;
  /** Free text amount with currency, e.g. "EUR 1,200"; empty when unknown. */
  cost: string;
}

export interface AssessedRisk {
  id: string;
  workspaceId: string;
  siteId: string;
  siteName: string;
  title: string;
  /** Key of a workspace threat/hazard category (see DEFAULT_THREAT_CATEGORIES). */
  categoryKey: string;
  categoryLabel: string;
  description: string;
  /** Elements of EXPOSED_ELEMENTS, or free words a user added. */
  exposed: string[];
  vulnerabilities: string;
  existingMeasures: string;
  inherent: Assessment;
  residual: Assessment | null;
  treatment: Treatment;
  acceptance: Acceptance | null;
  /** ISO date YYYY-MM-DD, or null. */
  nextReviewDate: string | null;
  status: RiskStatus;
  measures: Measure[];
}

/** What `risks.list` returns: the stored risk plus levels computed with the workspace matrix. */
export interface AssessedRiskWithLevels extends AssessedRisk {
  inherentLevel: RiskLevel | null;
  residualLevel: RiskLevel | null;
  /** Residual level when assessed, inherent otherwise: the level plans should act on. */
  currentLevel: RiskLevel | null;
}

export interface Person {
  id: string;
  name: string;
  role: string;
  phone: string;
  email: string;
  callSign: string;
  /** Id of the person who stands in, or null. */
  deputy: string | null;
}

export const CARVER_FACTORS = [
  'criticality',
  'accessibility',
  'recuperability',
  'vulnerability',
  'effect',
  'recognizability',
] as const;
export type CarverFactor = (typeof CARVER_FACTORS)[number];
export type CarverScores = Record<CarverFactor, number>;

export const TARGET_KINDS = ['soft-target', 'critical-infrastructure'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export interface ProtectedTarget {
  id: string;
  name: string;
  kind: TargetKind;
  siteId: string | null;
  /** The six CARVER scores, each 1..5. */
  scores: CarverScores;
  /** Sum of the six CARVER scores (6..30): higher is protected first. */
  total: number;
  riskIds: string[];
}

export interface PhaseDefinition {
  phase: number;
  name: string;
  description: string;
  indicators: string[];
  declaredBy: string;
  actions: string[];
}
