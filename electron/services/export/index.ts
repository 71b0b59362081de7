import type { Database } from 'better-sqlite3';
import type { Api } from '#shared/contract';
import type { EventBus } from '#electron/services/events';
import { createImportService } from '#electron/services/import/import-service';
import { createExportService, type ExportServiceOptions } from './export-service';
import { createHouseStyleService } from './house-style-service';

/** House style, Word export and Word import, as one slice of the API. */
export function createExportServices(db: Database, events: EventBus, options: ExportServiceOptions) {
  return {
    ...createHouseStyleService(db, events),
    ...createExportService(db, options),
    ...createImportService(db, events),
  } satisfies Partial<Api>;
}

/** Lets a service call the others once the composition root has built them all. */
export function lateApi(): { set(api: Api): void; get(): Api } {
  let current: Api | undefined;
  return {
    set(api) {
      current = api;
    },
    get() {
      if (!current) throw new Error('The API is used before every service was created.');
      return current;
    },
  };
}
