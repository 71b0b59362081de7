import { describe, expect, it } from 'vitest';
import { useTempDirs } from '#electron/test-support/temp-dir';
import { openDatabase } from '#electron/db/open-database';

const tempDir = useTempDirs();

describe('migration 0100 (template versions)', () => {
  it('adds the table without touching the data recorded before it, and checks ids and versions', () => {
    const dir = tempDir();
    const before = openDatabase({ dataDir: dir, upTo: 40 }).db;
    before.exec(`
      INSERT INTO workspaces VALUES ('w', 'Mission', 'mission', 'RESTRICTED', '', 0, 't', 't');
      INSERT INTO sites (id, workspace_id, name, kind, created_at, updated_at) VALUES ('s', 'w', 'HQ', 'office', 't', 't');
      INSERT INTO risks (id, workspace_id, site_id, title, category_key, inherent_likelihood, inherent_impact,
        treatment, status, created_at, updated_at) VALUES ('r', 'w', 's', 'Flood', 'flood', 3, 4, 'reduce', 'assessed', 't', 't');
    `);
    const count = (db: typeof before, table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    const sitesBefore = count(before, 'sites');
    const risksBefore = count(before, 'risks');
    before.close();

    const { db } = openDatabase({ dataDir: dir, upTo: 100 });
    try {
      expect(count(db, 'sites')).toBe(sitesBefore);
      expect(count(db, 'risks')).toBe(risksBefore);
      const insert = db.prepare(
        `INSERT INTO template_versions (template_id, version, major, minor, patch, title, kind, text, created_at)
         VALUES (?, ?, 1, 1, 0, 'Flood', 'contingency', '---', '2026-11-22T00:00:00Z')`,
      );
      insert.run('contingency-flood', '1.1.0');
      expect(() => insert.run('contingency-flood', '1.1.0')).toThrow(/UNIQUE|PRIMARY KEY/);
      expect(() => insert.run('Bad Id', '1.2.0')).toThrow(/CHECK/);
      expect(() => insert.run('contingency-flood', 'latest')).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });
});
