import { describe, expect, it } from 'vitest';
import { useTempDirs } from '#electron/test-support/temp-dir';
import { openDatabase } from '#electron/db/open-database';
import { seedSampleWorkspaceOnce, SAMPLE_WORKSPACE_ID } from '#electron/db/sample';

const tempDir = useTempDirs();

describe('migration 0140 (search)', () => {
  it('indexes the risks recorded before it, and follows later changes', () => {
    const dir = tempDir();
    const before = openDatabase({ dataDir: dir, upTo: 130 }).db;
    seedSampleWorkspaceOnce(before);
    before
      .prepare(
        `INSERT INTO risks (id, workspace_id, site_id, title, category_key, description, inherent_likelihood, inherent_impact,
           treatment, status, created_at, updated_at)
         VALUES ('old-risk', ?, 'sample-site-hq', 'Flooded basement archive', 'flood', 'River Ostra overflows', 3, 3,
           'reduce', 'assessed', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
      )
      .run(SAMPLE_WORKSPACE_ID);
    const risksBefore = before.prepare('SELECT count(*) FROM risks').pluck().get();
    before.close();

    const { db } = openDatabase({ dataDir: dir, upTo: 140 });
    try {
      expect(db.prepare('SELECT count(*) FROM risks').pluck().get()).toBe(risksBefore);
      const find = (word: string) =>
        db.prepare('SELECT risk_id FROM risk_search WHERE risk_search MATCH ?').pluck().all(word) as string[];
      expect(find('ostra')).toContain('old-risk');
      db.prepare("UPDATE risks SET description = 'Drains blocked' WHERE id = 'old-risk'").run();
      expect(find('ostra')).not.toContain('old-risk');
      expect(find('drains')).toEqual(['old-risk']);
      db.prepare("DELETE FROM risks WHERE id = 'old-risk'").run();
      expect(find('drains')).toEqual([]);
    } finally {
      db.close();
    }
  });
});
