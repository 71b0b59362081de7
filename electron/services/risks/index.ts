import type { Database } from 'better-sqlite3';
import type { EventBus } from '#electron/services/events';
import { createPeopleService } from '#electron/services/people/people-service';
import { createRegisterIoService } from '#electron/services/register-io/register-io-service';
import { createRiskService, type RiskServiceOptions } from './risk-service';

/** Every method of the risk register (risks, measures, matrix, categories, phases, people, targets, files). */
export function createRegisterServices(db: Database, events: EventBus, options: RiskServiceOptions = {}) {
  const risks = createRiskService(db, events, options);
  return {
    ...risks,
    ...createPeopleService(db, events),
    ...createRegisterIoService(db, events, risks['risks.list']),
  };
}
