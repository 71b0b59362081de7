import type { Database } from '#electron/db/sqlite';
import { seedSampleWorkspace } from './sample-workspace';
import { seedSampleRisks } from './sample-risks';

/**
 * Seeders of the fictional sample mission, run in order in one transaction on a new database.
 * A feature that has sample records adds its seeder here (after the ones it depends on). The sample
 * plan is generated afterwards by the plan service (services/plans/sample-plan.ts, from backend.ts).
 */
const SAMPLE_SEEDERS: Array<(db: Database) => void> = [seedSampleWorkspace, (db) => seedSampleRisks(db)];

const SAMPLE_FLAG = 'sample.seeded';

/** Seeds the sample once per database; after the user removes it, it stays removed. */
export function seedSampleWorkspaceOnce(db: Database): boolean {
  if (db.prepare('SELECT 1 FROM app_meta WHERE key = ?').get(SAMPLE_FLAG)) return false;
  db.transaction(() => {
    for (const seed of SAMPLE_SEEDERS) seed(db);
    db.prepare('INSERT INTO app_meta (key, value) VALUES (?, ?)').run(SAMPLE_FLAG, new Date().toISOString());
  })();
  return true;
}

export { SAMPLE_WORKSPACE_ID } from './sample-workspace';
