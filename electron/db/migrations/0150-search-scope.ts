import type { Migration } from '#electron/db/migration';

/**
 * Faster plan search (measured with bench/search.bench.ts over 10,000 plans): the index gets
 * prefix indexes (a word being typed no longer expands into thousands of terms) and a `scope`
 * column holding a workspace token, so FTS5 itself keeps results to one workspace instead of the
 * query joining every match to its plan first. The old index is dropped and every plan is
 * re-indexed at the next search (indexed_version reset).
 */
export const migration0150: Migration = {
  version: 150,
  name: 'search-scope',
  up(db) {
    db.exec(`
      DROP TRIGGER plan_sections_ai;
      DROP TRIGGER plan_sections_ad;
      DROP TRIGGER plan_sections_au;
      DROP TABLE plan_sections_fts;
      DELETE FROM plan_sections;
      ALTER TABLE plan_sections ADD COLUMN scope TEXT NOT NULL DEFAULT '';
      UPDATE plans SET indexed_version = 0;

      CREATE VIRTUAL TABLE plan_sections_fts USING fts5(
        scope, heading, body, content = 'plan_sections', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
      );
      -- Rank by heading and body only; the scope token is in every row of a workspace.
      INSERT INTO plan_sections_fts (plan_sections_fts, rank) VALUES ('rank', 'bm25(0.0, 4.0, 1.0)');
      CREATE TRIGGER plan_sections_ai AFTER INSERT ON plan_sections BEGIN
        INSERT INTO plan_sections_fts (rowid, scope, heading, body) VALUES (new.id, new.scope, new.heading, new.body);
      END;
      CREATE TRIGGER plan_sections_ad AFTER DELETE ON plan_sections BEGIN
        INSERT INTO plan_sections_fts (plan_sections_fts, rowid, scope, heading, body)
          VALUES ('delete', old.id, old.scope, old.heading, old.body);
      END;
      CREATE TRIGGER plan_sections_au AFTER UPDATE ON plan_sections BEGIN
        INSERT INTO plan_sections_fts (plan_sections_fts, rowid, scope, heading, body)
          VALUES ('delete', old.id, old.scope, old.heading, old.body);
        INSERT INTO plan_sections_fts (rowid, scope, heading, body) VALUES (new.id, new.scope, new.heading, new.body);
      END;
    `);
  },
};
