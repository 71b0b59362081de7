import type { Database } from 'better-sqlite3';
import type { Api, AppInfo } from '../../shared/contract';
import { createDispatch, type Dispatch } from '../../shared/contract/dispatch';
import { openDatabase } from '../db/open-database';
import { seedSampleWorkspaceOnce } from '../db/sample';
import { createAppService } from './app/app-service';
import { createEventBus, type EventBus } from './events';
import { APP_NAME, APP_VERSION } from './version';
import { createWorkspaceService } from './workspaces/workspace-service';
import { createRegisterServices } from './risks';
import { createPlanServices } from './plans';
import { createExportServices, lateApi } from './export';
import { createTemplateServices } from './templates/template-service';

export interface Backend {
  api: Api;
  dispatch: Dispatch;
  events: EventBus;
  db: Database;
  close(): void;
}

export interface BackendOptions {
  dataDir: string;
  transport: AppInfo['transport'];
  /** Seed the fictional sample mission into a new database (on by default). */
  seedSample?: boolean;
  onInternalError?: (method: string, error: unknown) => void;
}

/** Opens the database and wires every service: the one composition root for all entries. */
export function openBackend(options: BackendOptions): Backend {
  const opened = openDatabase({ dataDir: options.dataDir });
  const { db } = opened;
  if (options.seedSample !== false) seedSampleWorkspaceOnce(db);
  const events = createEventBus();
  const services = lateApi();
  const templates = createTemplateServices(db, events);

  const api = {
    ...createAppService({
      name: APP_NAME,
      version: APP_VERSION,
      dataDir: options.dataDir,
      databaseFile: opened.file,
      schemaVersion: opened.schemaVersion,
      transport: options.transport,
    }),
    ...createWorkspaceService(db, events),
    ...createRegisterServices(db, events),
    ...createPlanServices(db, events, { templates: templates.library }),
    ...templates.api,
    ...createExportServices(db, events, { dataDir: options.dataDir, api: services.get }),
  } satisfies Api;
  services.set(api);

  const dispatch = createDispatch(api, {
    onInternalError: options.onInternalError ?? ((method, error) => console.error(`[api] ${method} failed:`, error)),
  });
  return { api, dispatch, events, db, close: () => db.close() };
}
