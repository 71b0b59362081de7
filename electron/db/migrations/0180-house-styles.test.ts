import { describe, expect, it } from 'vitest';
import { useTempDirs } from '#electron/test-support/temp-dir';
import { openDatabase } from '#electron/db/open-database';
import { seedSampleWorkspaceOnce, SAMPLE_WORKSPACE_ID } from '#electron/db/sample';

const tempDir = useTempDirs();

describe('migration 0180: house styles', () => {
  it('adds the house style tables to a database with data, keeping that data, and they go with their workspace', () => {
    const dir = tempDir();
    const before = openDatabase({ dataDir: dir, upTo: 170 });
    seedSampleWorkspaceOnce(before.db);
    const workspaces = before.db.prepare('SELECT id, name FROM workspaces ORDER BY id').all();
    before.db.close();

    const { db } = openDatabase({ dataDir: dir, upTo: 180 });
    try {
      expect(db.prepare('SELECT id, name FROM workspaces ORDER BY id').all()).toEqual(workspaces);
      db.prepare('INSERT INTO house_styles VALUES (?, \'{"bodyFont":"Arial"}\', \'2026-11-22T00:00:00Z\')').run(
        SAMPLE_WORKSPACE_ID,
      );
      db.prepare(
        "INSERT INTO house_style_files (workspace_id, kind, file_name, mime_type, data, width, height, updated_at) VALUES (?, 'logo', 'l.png', 'image/png', x'89504e47', 1, 1, '2026-11-22T00:00:00Z')",
      ).run(SAMPLE_WORKSPACE_ID);
      expect(() =>
        db.prepare("INSERT INTO house_styles VALUES (?, 'not json', 'x')").run(SAMPLE_WORKSPACE_ID),
      ).toThrow();
      db.prepare('DELETE FROM workspaces WHERE id = ?').run(SAMPLE_WORKSPACE_ID);
      expect(db.prepare('SELECT count(*) AS n FROM house_styles').get()).toEqual({ n: 0 });
      expect(db.prepare('SELECT count(*) AS n FROM house_style_files').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});
