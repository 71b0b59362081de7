import type { RepeatCollection, RepeatFilter } from '#shared/document/nodes';
import { isAtLeast } from '#shared/domain/risk-matrix';
import type { PlanRisk } from './context';
import { carverTotal } from './context';
import { enclosingRisk, enclosingSite, type Scope, type ScopeItem } from './scope';

/** Filter values that mean "the site this plan (or the enclosing repeat) is about". */
const CURRENT_SITE = new Set(['current', '$site', '{{site.name}}', 'site.name']);

function sameText(left: string, right: string): boolean {
  return left.trim().toLowerCase() === right.trim().toLowerCase();
}

function wantedSite(scope: Scope, filter: RepeatFilter): string | undefined {
  if (filter.site === undefined) return undefined;
  return CURRENT_SITE.has(filter.site.trim()) ? (enclosingSite(scope)?.name ?? '') : filter.site;
}

function riskMatches(scope: Scope, risk: PlanRisk, filter: RepeatFilter, site: string | undefined): boolean {
  if (filter.category?.length && !filter.category.some((category) => sameText(category, risk.category))) return false;
  if (filter.minLevel && !isAtLeast(scope.context.matrix, risk.inherent.level, filter.minLevel)) return false;
  if (site !== undefined && !sameText(site, risk.site)) return false;
  return true;
}

/**
 * The items of a collection that pass a filter, in a stable order. Inside a repeat over risks,
 * `measures` means the measures of that risk; elsewhere, the measures of every selected risk.
 */
export function itemsOf(scope: Scope, collection: RepeatCollection, filter: RepeatFilter = {}): ScopeItem[] {
  const { context } = scope;
  const site = wantedSite(scope, filter);
  switch (collection) {
    case 'risks':
      return context.risks
        .filter((risk) => riskMatches(scope, risk, filter, site))
        .map((item) => ({ collection, item }));
    case 'measures': {
      const parent = enclosingRisk(scope);
      const risks = parent ? [parent] : context.risks;
      // The risk filters (category, level, site) select which risks' measures are listed.
      const riskFilter = { ...filter, measureType: undefined };
      return risks
        .filter((risk) => riskMatches(scope, risk, riskFilter, site))
        .flatMap((risk) =>
          risk.measures
            .filter((measure) => !filter.measureType || measure.type === filter.measureType)
            .map((item) => ({ collection, item, risk })),
        );
    }
    case 'contacts':
      return context.people
        .filter((person) => site === undefined || person.site === '' || sameText(person.site, site))
        .map((item) => ({ collection, item }));
    case 'phases':
      return [...context.phases].sort((a, b) => a.phase - b.phase).map((item) => ({ collection, item }));
    case 'targets':
      return context.targets
        .filter((target) => site === undefined || sameText(target.site, site))
        .map((item) => ({ item, total: carverTotal(item) }))
        .sort((a, b) => b.total - a.total || a.item.name.localeCompare(b.item.name))
        .map(({ item }) => ({ collection, item }));
    case 'sites':
      return context.sites
        .filter((candidate) => site === undefined || sameText(candidate.name, site))
        .map((item) => ({ collection, item }));
  }
}
