import type { RiskMatrix } from './risk-matrix';
import { PROGRAMME_CRITICALITIES, type Acceptance, type ProgrammeCriticality } from './risk';

/**
 * Who may accept a residual risk, by level key and programme criticality (DOMAIN.md section 2).
 * A missing entry means the risk may not be accepted at that criticality.
 */
export type AcceptanceRule = Record<string, Partial<Record<ProgrammeCriticality, string>>>;

const MOST_SENIOR = 'Head of Mission (most senior official)';
const HEAD = 'Head of Mission';
const MANAGER = "Security officer's manager";
const everyProgramme = (authority: string) =>
  Object.fromEntries(PROGRAMME_CRITICALITIES.map((pc) => [pc, authority])) as Record<ProgrammeCriticality, string>;

export const DEFAULT_ACCEPTANCE_RULE: AcceptanceRule = {
  low: everyProgramme(MANAGER),
  medium: everyProgramme(MANAGER),
  high: { PC1: HEAD, PC2: HEAD },
  'very-high': { PC1: MOST_SENIOR },
  unacceptable: {},
};

/** The authority who may accept, or null when the rule forbids acceptance. */
export function whoMayAccept(
  rule: AcceptanceRule,
  levelKey: string | null,
  criticality: ProgrammeCriticality,
): string | null {
  if (levelKey === null) return null;
  return rule[levelKey]?.[criticality] ?? null;
}

export const ACCEPTANCE_STATES = ['not-assessed', 'needed', 'accepted', 'expired', 'not-allowed'] as const;
export type AcceptanceState = (typeof ACCEPTANCE_STATES)[number];

/**
 * Where a risk stands on acceptance, given its residual level (inherent when no residual is
 * assessed yet) and today's date (YYYY-MM-DD; ISO dates compare as strings).
 */
export function acceptanceState(
  rule: AcceptanceRule,
  levelKey: string | null,
  acceptance: Acceptance | null,
  today: string,
): AcceptanceState {
  if (levelKey === null) return 'not-assessed';
  if (!acceptance) return 'needed';
  if (whoMayAccept(rule, levelKey, acceptance.criticality) === null) return 'not-allowed';
  if (acceptance.expiry < today) return 'expired';
  return 'accepted';
}

/** Rule problems with where they are; an empty list means the rule can be saved. */
export function validateAcceptanceRule(rule: AcceptanceRule, matrix: RiskMatrix): string[] {
  const known = new Set(matrix.levels.map((level) => level.key));
  const problems: string[] = [];
  for (const [key, byCriticality] of Object.entries(rule)) {
    if (!known.has(key)) problems.push(`The rule names the level "${key}", which the matrix does not have.`);
    for (const [pc, authority] of Object.entries(byCriticality)) {
      if (!(PROGRAMME_CRITICALITIES as readonly string[]).includes(pc))
        problems.push(`Level "${key}": "${pc}" is not a programme criticality (PC1 to PC4).`);
      else if (!authority?.trim()) problems.push(`Level "${key}", ${pc}: name who may accept.`);
    }
  }
  return problems;
}
