import { describe, expect, it } from 'vitest';
import { useTempDirs } from '#electron/test-support/temp-dir';
import { openDatabase } from '#electron/db/open-database';

const tempDir = useTempDirs();

describe('migrations 30 (risk register) and 40 (people, targets)', () => {
  it('keep workspaces and sites of schema 20, give them an empty register, and protect risks from site deletion', () => {
    const dir = tempDir();
    const first = openDatabase({ dataDir: dir, upTo: 20 }).db;
    first.prepare("INSERT INTO workspaces VALUES ('w', 'Mission', 'mission', '', '', 0, 't', 't')").run();
    first
      .prepare(
        "INSERT INTO sites (id, workspace_id, name, kind, created_at, updated_at) VALUES ('s', 'w', 'HQ', 'office', 't', 't')",
      )
      .run();
    const before = {
      workspaces: first.prepare('SELECT * FROM workspaces').all(),
      sites: first.prepare('SELECT * FROM sites').all(),
    };
    first.close();

    const { db } = openDatabase({ dataDir: dir, upTo: 40 });
    try {
      expect(db.prepare('SELECT * FROM workspaces').all()).toEqual(before.workspaces);
      expect(db.prepare('SELECT * FROM sites').all()).toEqual(before.sites);
      expect(db.prepare('SELECT count(*) AS n FROM risks').get()).toEqual({ n: 0 });

      db.prepare(
        `INSERT INTO risks (id, workspace_id, site_id, title, category_key, inherent_likelihood, inherent_impact,
           treatment, status, created_at, updated_at) VALUES ('r', 'w', 's', 'Flood', 'flood', 3, 4, 'reduce', 'assessed', 't', 't')`,
      ).run();
      db.prepare(
        "INSERT INTO measures (id, risk_id, type, description, status, created_at, updated_at) VALUES ('m', 'r', 'mitigation', 'Sandbags', 'planned', 't', 't')",
      ).run();
      db.prepare(
        `INSERT INTO targets (id, workspace_id, name, kind, criticality, accessibility, recuperability, vulnerability,
           effect, recognizability, created_at, updated_at) VALUES ('t', 'w', 'Plant', 'critical-infrastructure', 5, 4, 3, 2, 1, 5, 't', 't')`,
      ).run();
      db.prepare("INSERT INTO target_risks VALUES ('t', 'r')").run();

      // Scores outside the scales and half-recorded residuals are refused by the schema itself.
      expect(() => db.prepare("UPDATE risks SET residual_likelihood = 2 WHERE id = 'r'").run()).toThrow(
        /CHECK constraint/,
      );
      expect(() => db.prepare("UPDATE targets SET effect = 6 WHERE id = 't'").run()).toThrow(/CHECK constraint/);

      // A site with risks cannot be deleted on its own: its assessments would be lost silently.
      expect(() => db.prepare("DELETE FROM sites WHERE id = 's'").run()).toThrow(/FOREIGN KEY/);
      db.prepare("DELETE FROM workspaces WHERE id = 'w'").run();
      for (const table of ['risks', 'measures', 'targets', 'target_risks'])
        expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});
