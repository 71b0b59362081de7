import { describe, expect, it } from 'vitest';
import { useTempDirs } from '#electron/test-support/temp-dir';
import { openDatabase } from '#electron/db/open-database';
import { createSearchRepository, scopeToken } from '#electron/db/repositories/search';

const tempDir = useTempDirs();

describe('migration 0150 (search scope)', () => {
  it('drops the old section index, keeps the plans and marks them for re-indexing by workspace', () => {
    const dir = tempDir();
    const before = openDatabase({ dataDir: dir, upTo: 140 }).db;
    before.exec(`
      INSERT INTO workspaces VALUES ('w', 'Mission', 'mission', 'RESTRICTED', '', 0, 't', 't');
      INSERT INTO plans (id, workspace_id, kind, title, row_version, indexed_version, created_at, updated_at)
      VALUES ('p1', 'w', 'contingency', 'Flood plan', 3, 3, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
    `);
    before
      .prepare(
        "INSERT INTO plan_sections (plan_id, position, heading, body) VALUES ('p1', 0, 'Purpose', 'River Ostra')",
      )
      .run();
    before.close();

    const { db } = openDatabase({ dataDir: dir, upTo: 150 });
    try {
      expect(db.prepare("SELECT title, row_version, indexed_version FROM plans WHERE id = 'p1'").get()).toEqual({
        title: 'Flood plan',
        row_version: 3,
        indexed_version: 0,
      });
      expect(db.prepare('SELECT count(*) FROM plan_sections').pluck().get()).toBe(0);

      const search = createSearchRepository(db);
      search.replaceSections('p1', 3, [{ heading: 'Purpose', body: 'River Ostra overflows' }]);
      expect(search.searchPlans('w', '"ostr"*', 10).map((hit) => hit.planId)).toEqual(['p1']);
      expect(search.searchPlans('another-workspace', '"ostr"*', 10)).toEqual([]);
      expect(db.prepare('SELECT scope FROM plan_sections').pluck().get()).toBe(scopeToken('w'));
    } finally {
      db.close();
    }
  });
});
