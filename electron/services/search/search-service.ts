import type { Database } from '#electron/db/sqlite';
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

const MAX_RETRY_DELAY_MS = 60_000;

/**
 * Keeps the per-section FTS index in step with saved documents, away from the save itself:
 * saving stays a plain write; the index follows within `delayMs` or at the next search. Indexing
 * in the background never stops the app: a busy database, a full disk or any other failure is
 * reported to `onError` and tried again later, waiting twice as long each time (up to a minute).
 */
export function createPlanIndexer({
  db,
  delayMs = 1500,
  onError = () => undefined,
}: {
  db: Database;
  delayMs?: number;
  onError?: (error: unknown) => void;
}): PlanIndexPort {
  const repository = createSearchRepository(db);
  const plans = createPlanRepository(db);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let retryDelay = delayMs;

  function later(wait: number): void {
    if (timer) clearTimeout(timer);
    timer = setTimeout(background, wait);
    timer.unref?.();
  }

  function background(): void {
    try {
      flush();
      retryDelay = delayMs;
    } catch (error) {
      onError(error);
      retryDelay = Math.min(Math.max(retryDelay * 2, 1000), MAX_RETRY_DELAY_MS);
      if (db.open) later(retryDelay);
    }
  }

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
      later(delayMs);
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
      try {
        index.flush();
      } catch {
        // The index could not catch up now (busy, disk full): search what it has; the indexer retries.
        index.schedule('');
      }
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
