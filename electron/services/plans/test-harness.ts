import { contract, type Api, type MethodInput, type MethodName, type MethodOutput } from '#shared/contract';
import { field, heading, paragraph, storedDocument } from '#shared/document/build';
import type { TemplateSource } from '#shared/templates';
import { openDatabase } from '#electron/db/open-database';
import { seedSampleWorkspaceOnce } from '#electron/db/sample';
import type { RevisionPolicy } from '#electron/db/repositories/plans';
import { createEventBus } from '#electron/services/events';
import { createRegisterServices } from '#electron/services/risks';
import { createWorkspaceService } from '#electron/services/workspaces/workspace-service';
import { createPlanServices } from '.';
import type { TemplateLibrary } from './template-library';

export const TODAY = '2026-11-22';

/** A small contingency template touching every kind of directive the generator resolves. */
export function unrestTemplate(version = '1.0.0'): TemplateSource {
  return {
    meta: {
      id: 'civil-unrest',
      title: 'Civil unrest contingency plan',
      kind: 'contingency',
      version,
      changelog: [],
      language: 'en',
      appliesTo: ['civil-unrest'],
      requiredFields: [],
      summary: 'Demonstrations and riots.',
    },
    document: storedDocument({ title: 'Civil unrest contingency plan', kind: 'contingency' }, [
      heading('h1', [field('plan.title', 'Plan title')]),
      paragraph(
        'Site: ',
        field('site.name', 'Site name'),
        '. Assembly point: ',
        field('fill.assembly-point', 'Assembly point'),
      ),
      heading('h2', 'Risks covered'),
      { type: 'risk-summary-table', version: 1, title: 'Risks', source: { from: 'risks' }, rows: [] },
      heading('h2', 'Actions'),
      { type: 'action-table', version: 1, title: 'Actions', source: { from: 'measures' }, rows: [] },
    ]),
  };
}

export function memoryLibrary(templates: TemplateSource[]): TemplateLibrary & { templates: TemplateSource[] } {
  return {
    templates,
    list() {
      return this.templates.map((template) => template.meta);
    },
    load(id) {
      return this.templates.find((template) => template.meta.id === id);
    },
  };
}

/** The backend's plan, search and register services over a fresh database with the sample. */
export function openPlanHarness(
  dataDir: string,
  options: {
    revisions?: RevisionPolicy;
    templates?: ReturnType<typeof memoryLibrary>;
    /** Generate from the app's template library (built-in files) instead of the small test template. */
    builtInLibrary?: boolean;
  } = {},
) {
  const { db } = openDatabase({ dataDir });
  seedSampleWorkspaceOnce(db);
  const events = createEventBus();
  const library = options.templates ?? memoryLibrary([unrestTemplate()]);
  const api = {
    ...createWorkspaceService(db, events),
    ...createRegisterServices(db, events, { today: () => TODAY }),
    ...createPlanServices(db, events, {
      ...(options.builtInLibrary ? {} : { templates: library }),
      today: () => TODAY,
      indexDelayMs: 5,
      ...(options.revisions ? { revisions: options.revisions } : {}),
    }),
  } as Partial<Api>;
  /** Calls a method as the dispatcher would: input validated, defaults applied. */
  async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const handler = api[method] as ((value: unknown) => MethodOutput<M> | Promise<MethodOutput<M>>) | undefined;
    if (!handler) throw new Error(`${method} is not wired in the plan harness`);
    return handler(contract[method].input.parse(input));
  }
  return { db, call, library, close: () => db.close() };
}
