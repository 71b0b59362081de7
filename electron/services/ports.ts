import type { Database } from '#electron/db/sqlite';
import type { Api } from '#shared/contract';
import type { TemplateMeta, TemplateSource } from '#shared/templates';
import type { EventBus } from './events';

/**
 * What every service factory receives. A service that needs another gets a port beside these: a
 * small interface naming only what it uses, filled by the composition root (`backend.ts`) with the
 * one instance of the service that provides it.
 */
export interface ServiceDeps {
  db: Database;
  events: EventBus;
  /** Today as YYYY-MM-DD (UTC): one clock for every service, fixed by tests. */
  today: () => string;
}

/** Workspaces and their sites, as the workspace service returns them. */
export type WorkspaceReaderPort = Pick<Api, 'workspaces.get' | 'sites.list'>;

/** Risks with their levels exactly as the register shows them, and the matrix that computed them. */
export type RiskReaderPort = Pick<Api, 'risks.list' | 'matrix.get'>;

/** Everything of the register a plan is generated from. */
export type RegisterReaderPort = WorkspaceReaderPort &
  RiskReaderPort &
  Pick<Api, 'people.list' | 'phases.list' | 'targets.list'>;

/** A plan with its current document. */
export type PlanReaderPort = Pick<Api, 'plans.get'>;

/** The templates plans are generated from: the newest version of each id in the template library. */
export interface TemplateLibraryPort {
  list(): TemplateMeta[];
  load(id: string): TemplateSource | undefined;
}

/** Keeps the search index in step with saved plans, off the save path. */
export interface PlanIndexPort {
  /** Re-index this plan soon (debounced: a burst of autosaves costs one re-index). */
  schedule(planId: string): void;
  /** Re-index every plan whose index lags, now (before a search, so results are never stale). */
  flush(): number;
  dispose(): void;
}
