import { describe, expect, it } from 'vitest';
import { useTempDirs } from '#electron/test-support/temp-dir';
import { openDatabase } from '#electron/db/open-database';

const tempDir = useTempDirs();

describe('migration 0140 (search)', () => {
  it('indexes the risks recorded before it, and follows later changes', () => {
    const dir = tempDir();
    const before = openDatabase({ dataDir: dir, upTo: 130 }).db;
    before.exec(`
      INSERT INTO workspaces VALUES ('w', 'Mission', 'mission', 'RESTRICTED', '', 0, 't', 't');
      INSERT INTO sites (id, workspace_id, name, kind, created_at, updated_at) VALUES ('s', 'w', 'HQ', 'office', 't', 't');
      INSERT INTO risks (id, workspace_id, site_id, title, category_key, description, inherent_likelihood, inherent_impact,
        treatment, status, created_at, updated_at)
      VALUES ('old-risk', 'w', 's', 'Flooded basement archive', 'flood', 'River Ostra overflows', 3, 3,
        'reduce', 'assessed', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
    `);
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
