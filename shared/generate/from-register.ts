import type { RiskScore } from '#shared/document/nodes';
import type { AssessedRiskWithLevels, Person, PhaseDefinition, ProtectedTarget } from '#shared/domain/risk';
import { levelFor, type RiskMatrix } from '#shared/domain/risk-matrix';
import type { PlanContext, PlanPerson, PlanPhase, PlanRisk, PlanSite, PlanTarget } from './context';

function score(matrix: RiskMatrix, likelihood: number, impact: number): RiskScore {
  const level = levelFor(matrix, likelihood, impact);
  return { likelihood, impact, level: level?.label ?? '', color: level?.color ?? '#ffffff' };
}

export function planRiskFrom(risk: AssessedRiskWithLevels, matrix: RiskMatrix): PlanRisk {
  return {
    id: risk.id,
    title: risk.title,
    site: risk.siteName,
    category: risk.categoryKey,
    categoryLabel: risk.categoryLabel,
    description: risk.description,
    exposed: risk.exposed.join(', '),
    vulnerabilities: risk.vulnerabilities,
    inherent: score(matrix, risk.inherent.likelihood, risk.inherent.impact),
    residual: risk.residual ? score(matrix, risk.residual.likelihood, risk.residual.impact) : null,
    treatment: risk.treatment,
    existingMeasures: risk.existingMeasures,
    acceptance: risk.acceptance ? { ...risk.acceptance } : null,
    nextReviewDate: risk.nextReviewDate ?? '',
    measures: risk.measures.map((measure) => ({
      id: measure.id,
      description: measure.description,
      type: measure.type,
      owner: measure.owner,
      dueDate: measure.dueDate ?? '',
      status: measure.status,
    })),
  };
}

export function planPeopleFrom(people: Person[]): PlanPerson[] {
  const names = new Map(people.map((person) => [person.id, person.name]));
  return people.map((person) => ({
    id: person.id,
    name: person.name,
    role: person.role,
    phone: person.phone,
    email: person.email,
    callSign: person.callSign,
    deputy: person.deputy ? (names.get(person.deputy) ?? '') : '',
    site: '',
    calls: [],
  }));
}

export function planPhasesFrom(phases: PhaseDefinition[]): PlanPhase[] {
  return phases.map((phase) => ({ ...phase, indicators: [...phase.indicators], actions: [...phase.actions] }));
}

export function planTargetsFrom(targets: ProtectedTarget[], sites: PlanSite[]): PlanTarget[] {
  const siteNames = new Map(sites.map((site) => [site.id, site.name]));
  return targets.map((target) => ({
    id: target.id,
    name: target.name,
    site: target.siteId ? (siteNames.get(target.siteId) ?? '') : '',
    description: '',
    ...target.scores,
  }));
}

export interface RegisterData {
  workspace: { name: string; marking: string; description?: string };
  sites: PlanSite[];
  siteId: string | null;
  risks: AssessedRiskWithLevels[];
  people: Person[];
  phases: PhaseDefinition[];
  targets: ProtectedTarget[];
  matrix: RiskMatrix;
  today: string;
  plan?: PlanContext['plan'];
}

/** The generator's context from what the register services return. */
export function contextFromRegister(data: RegisterData): PlanContext {
  const site = data.sites.find((candidate) => candidate.id === data.siteId) ?? null;
  return {
    workspace: data.workspace,
    site,
    sites: data.sites,
    risks: data.risks.map((risk) => planRiskFrom(risk, data.matrix)),
    people: planPeopleFrom(data.people),
    phases: planPhasesFrom(data.phases),
    targets: planTargetsFrom(data.targets, data.sites),
    matrix: data.matrix,
    today: data.today,
    ...(data.plan ? { plan: data.plan } : {}),
  };
}
