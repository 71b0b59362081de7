import { describe, expect, it } from 'vitest';
import { useTempDirs } from '#electron/test-support/temp-dir';
import { openDatabase } from '#electron/db/open-database';

const tempDir = useTempDirs();

describe('migration 0180: house styles', () => {
  it('adds the house style tables to a database with data, keeping that data, and they go with their workspace', () => {
    const dir = tempDir();
    const before = openDatabase({ dataDir: dir, upTo: 170 });
    before.db.exec(`
      INSERT INTO workspaces VALUES ('w', 'Mission', 'mission', 'RESTRICTED', '', 0, 't', 't');
      INSERT INTO workspaces VALUES ('w2', 'Other mission', 'mission', '', '', 0, 't', 't');
      INSERT INTO sites (id, workspace_id, name, kind, created_at, updated_at) VALUES ('s', 'w', 'HQ', 'office', 't', 't');
    `);
    const workspaces = before.db.prepare('SELECT id, name FROM workspaces ORDER BY id').all();
    before.db.close();

    const { db } = openDatabase({ dataDir: dir, upTo: 180 });
    try {
      expect(db.prepare('SELECT id, name FROM workspaces ORDER BY id').all()).toEqual(workspaces);
      db.prepare('INSERT INTO house_styles VALUES (?, \'{"bodyFont":"Arial"}\', \'2026-11-22T00:00:00Z\')').run('w');
      db.prepare(
        "INSERT INTO house_style_files (workspace_id, kind, file_name, mime_type, data, width, height, updated_at) VALUES (?, 'logo', 'l.png', 'image/png', x'89504e47', 1, 1, '2026-11-22T00:00:00Z')",
      ).run('w');
      expect(() => db.prepare("INSERT INTO house_styles VALUES (?, 'not json', 'x')").run('w')).toThrow();
      db.prepare('DELETE FROM workspaces WHERE id = ?').run('w');
      expect(db.prepare('SELECT count(*) AS n FROM house_styles').get()).toEqual({ n: 0 });
      expect(db.prepare('SELECT count(*) AS n FROM house_style_files').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});
