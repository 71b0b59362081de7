import type { Database } from 'better-sqlite3';
import type { RevisionPolicy } from '#electron/db/repositories/plans';
import type { EventBus } from '#electron/services/events';
import { createRegisterServices } from '#electron/services/risks';
import { createPlanIndexer, createSearchService } from '#electron/services/search/search-service';
import { createWorkspaceService } from '#electron/services/workspaces/workspace-service';
import { createPlanService } from './plan-service';
import { builtInTemplatesDir } from '#electron/services/templates/built-in-templates';
import { createTemplateLibrary } from '#electron/services/templates/template-library';
import { createTemplateStore } from '#electron/services/templates/template-store';
import type { TemplateLibrary } from './template-library';

export interface PlanServicesOptions {
  templates?: TemplateLibrary;
  today?: () => string;
  revisions?: RevisionPolicy;
  /** Delay before a saved plan is re-indexed for search. */
  indexDelayMs?: number;
}

/**
 * Plans and search. They read the register through its own services (instances of their own over
 * the same database), so a plan shows levels exactly as the register computes them.
 */
export function createPlanServices(db: Database, events: EventBus, options: PlanServicesOptions = {}) {
  const register = { ...createWorkspaceService(db, events), ...createRegisterServices(db, events) };
  const indexer = createPlanIndexer(db, options.indexDelayMs);
  return {
    ...createPlanService(db, events, {
      register,
      templates: options.templates ?? createTemplateLibrary(createTemplateStore(db), builtInTemplatesDir()),
      indexer,
      ...(options.today ? { today: options.today } : {}),
      ...(options.revisions ? { revisions: options.revisions } : {}),
    }),
    ...createSearchService(db, indexer),
  };
}
