import type { Database } from 'better-sqlite3';
import type { Api, Snippet } from '#shared/contract';
import type { StoredDocument } from '#shared/document/nodes';
import { createSearchRepository, MATCH_END, MATCH_START, toFtsQuery } from '#electron/db/repositories/search';
import { createPlanRepository } from '#electron/db/repositories/plans';
import type { PlanIndexPort, ServiceDeps } from '#electron/services/ports';
import { sectionTexts } from './section-text';

/** Turns an FTS5 snippet with our markers into segments a client renders without HTML. */
export function toSnippet(marked: string): Snippet {
  const segments: Snippet = [];
  let match = false;
  for (const piece of marked.split(new RegExp(`([${MATCH_START}${MATCH_END}])`))) {
    if (piece === MATCH_START) match = true;
    else if (piece === MATCH_END) match = false;
    else if (piece) segments.push({ text: piece, match });
  }
  return segments;
}

/**
 * Keeps the per-section FTS index in step with saved documents, away from the save itself:
 * saving stays a plain write; the index follows within `delayMs` or at the next search.
 */
export function createPlanIndexer({ db, delayMs = 1500 }: { db: Database; delayMs?: number }): PlanIndexPort {
  const repository = createSearchRepository(db);
  const plans = createPlanRepository(db);
  let timer: ReturnType<typeof setTimeout> | undefined;

  function indexPlan(planId: string, rowVersion: number): void {
    const json = plans.document(planId);
    if (json === undefined) return;
    // Documents are validated when saved; re-validating megabytes here would only cost time.
    repository.replaceSections(planId, rowVersion, sectionTexts(JSON.parse(json) as StoredDocument));
  }

  function flush(): number {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!db.open) return 0;
    const stale = repository.stalePlans();
    for (const plan of stale) indexPlan(plan.id, plan.rowVersion);
    return stale.length;
  }

  return {
    schedule() {
      if (timer) clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
      timer.unref?.();
    },
    flush,
    dispose() {
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}

type SearchApi = Pick<Api, 'search.query'>;

export function createSearchService({ db, index }: ServiceDeps & { index: PlanIndexPort }): SearchApi {
  const repository = createSearchRepository(db);
  return {
    'search.query': ({ workspaceId, query, limit }) => {
      const fts = toFtsQuery(query);
      if (!fts) return { plans: [], risks: [] };
      index.flush();
      return {
        plans: repository
          .searchPlans(workspaceId, fts, limit)
          .map((hit) => ({ ...hit, snippet: toSnippet(hit.snippet) })),
        risks: repository
          .searchRisks(workspaceId, fts, limit)
          .map((hit) => ({ riskId: hit.riskId, title: toSnippet(hit.title), snippet: toSnippet(hit.snippet) })),
      };
    },
  };
}
