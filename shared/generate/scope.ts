import { readFieldText } from '#shared/templates/field-syntax';
import type { PlanContext, PlanMeasure, PlanPerson, PlanPhase, PlanRisk, PlanSite, PlanTarget } from './context';
import { carverTotal } from './context';
import { writtenFieldKey } from './defaults';

/** One item a `repeat` iterates over, with the flat values its fields can name. */
export type ScopeItem =
  | { collection: 'risks'; item: PlanRisk }
  | { collection: 'measures'; item: PlanMeasure; risk: PlanRisk }
  | { collection: 'contacts'; item: PlanPerson }
  | { collection: 'phases'; item: PlanPhase }
  | { collection: 'targets'; item: PlanTarget }
  | { collection: 'sites'; item: PlanSite };

/** Names bound while generating: the fixed roots plus one entry per enclosing repeat. */
export interface Scope {
  context: PlanContext;
  planTitle: string;
  planKind: string;
  /** Innermost last. */
  bindings: Array<{ name: string; value: ScopeItem }>;
  /** Defaults the template gives to field keys (`{{plan.stockDays | default: 14}}`). */
  defaults: ReadonlyMap<string, string>;
}

type Values = Record<string, string | number>;

function valuesOf(bound: ScopeItem): Values {
  switch (bound.collection) {
    case 'risks': {
      const risk = bound.item;
      return {
        id: risk.id,
        title: risk.title,
        site: risk.site,
        category: risk.categoryLabel || risk.category,
        categoryKey: risk.category,
        description: risk.description,
        exposed: risk.exposed,
        vulnerabilities: risk.vulnerabilities,
        level: risk.inherent.level,
        likelihood: risk.inherent.likelihood,
        impact: risk.inherent.impact,
        residualLikelihood: risk.residual?.likelihood ?? '',
        residualImpact: risk.residual?.impact ?? '',
        residualLevel: risk.residual?.level ?? '',
        treatment: risk.treatment,
        existingMeasures: risk.existingMeasures ?? '',
        acceptedBy: risk.acceptance?.acceptedBy ?? '',
        criticality: risk.acceptance?.criticality ?? '',
        acceptedOn: risk.acceptance?.date ?? '',
        acceptanceExpiry: risk.acceptance?.expiry ?? '',
        nextReview: risk.nextReviewDate ?? '',
        measureCount: risk.measures.length,
      };
    }
    case 'measures':
      return {
        id: bound.item.id,
        description: bound.item.description,
        type: bound.item.type,
        owner: bound.item.owner,
        dueDate: bound.item.dueDate,
        status: bound.item.status,
        risk: bound.risk.title,
      };
    case 'contacts':
      return { ...bound.item, calls: bound.item.calls.join(', ') };
    case 'phases':
      return {
        phase: bound.item.phase,
        number: bound.item.phase,
        name: bound.item.name,
        description: bound.item.description,
        indicators: bound.item.indicators.join('; '),
        declaredBy: bound.item.declaredBy,
        actions: bound.item.actions.join('; '),
      };
    case 'targets':
      return { ...bound.item, total: carverTotal(bound.item) };
    case 'sites':
      return { ...bound.item };
  }
}

function rootValues(scope: Scope, root: string): Values | undefined {
  const { context } = scope;
  switch (root) {
    case 'workspace':
      return {
        name: context.workspace.name,
        marking: context.workspace.marking,
        description: context.workspace.description ?? '',
        currency: context.workspace.currency ?? '',
      };
    case 'site':
      return context.site ? { ...context.site } : undefined;
    case 'plan':
      return { ...context.plan, title: scope.planTitle, kind: scope.planKind };
    case 'date':
      return { today: context.today };
    case 'count':
      return {
        risks: context.risks.length,
        contacts: context.people.length,
        phases: context.phases.length,
        targets: context.targets.length,
        sites: context.sites.length,
      };
    default:
      return undefined;
  }
}

/**
 * The text a field key stands for, or null when nothing fills it (the field then stays a visible
 * placeholder). Repeat bindings shadow the fixed roots, innermost first.
 */
export function resolveKey(scope: Scope, key: string): string | null {
  if (key === 'today') return scope.context.today;
  const dot = key.indexOf('.');
  if (dot <= 0) return null;
  const root = key.slice(0, dot);
  const property = key.slice(dot + 1);
  const bound = [...scope.bindings].reverse().find((binding) => binding.name === root);
  const values = bound ? valuesOf(bound.value) : rootValues(scope, root);
  const value = values && Object.prototype.hasOwnProperty.call(values, property) ? values[property] : undefined;
  if (value === undefined) return null;
  const textValue = String(value).trim();
  return textValue === '' ? null : textValue;
}

/** The risk a repeat is currently inside, if any (measures then mean that risk's measures). */
export function enclosingRisk(scope: Scope): PlanRisk | undefined {
  for (let index = scope.bindings.length - 1; index >= 0; index -= 1) {
    const bound = scope.bindings[index]!.value;
    if (bound.collection === 'risks') return bound.item;
    if (bound.collection === 'measures') return bound.risk;
  }
  return undefined;
}

/** The site a repeat over sites is currently inside, else the plan's site. */
export function enclosingSite(scope: Scope): PlanSite | null {
  for (let index = scope.bindings.length - 1; index >= 0; index -= 1) {
    const bound = scope.bindings[index]!.value;
    if (bound.collection === 'sites') return bound.item;
  }
  return scope.context.site;
}

/**
 * Replaces `{{key}}` and `{{fill: label}}` in free text (rows written directly in a template) with
 * the register's value, else the field's default; anything else stays as written, to be filled in.
 */
export function fillText(scope: Scope, value: string): string {
  if (!value.includes('{{')) return value;
  return value.replace(/\{\{([^{}]*)\}\}/g, (whole, inner: string) => {
    const { head, defaultValue } = readFieldText(inner);
    const key = writtenFieldKey(head);
    const registered = /^[a-zA-Z][\w.]*$/.test(key) ? resolveKey(scope, key) : null;
    return registered ?? defaultValue ?? scope.defaults.get(key) ?? whole;
  });
}

/** The risk a `{{<name>.title}}` field names, when `<name>` is bound by a repeat over risks. */
export function riskTitleBinding(scope: Scope, key: string): PlanRisk | undefined {
  const match = /^([a-zA-Z]\w*)\.title$/.exec(key);
  if (!match) return undefined;
  const bound = [...scope.bindings].reverse().find((binding) => binding.name === match[1]);
  return bound?.value.collection === 'risks' ? bound.value.item : undefined;
}
