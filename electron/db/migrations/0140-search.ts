import type { Migration } from '#electron/db/migration';

/**
 * Full-text search. Plans are indexed per section (text split at headings), never as whole plans:
 * re-indexing and snippets then touch kilobytes, not megabytes (DESIGN.md performance notes).
 * `plan_sections` is the content table of an external-content FTS5 index kept in step by
 * triggers. Risks get a small FTS5 table of their own, kept in step with the register by triggers.
 */
export const migration0140: Migration = {
  version: 140,
  name: 'search',
  up(db) {
    db.exec(`
      CREATE TABLE plan_sections (
        id INTEGER PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        heading TEXT NOT NULL,
        body TEXT NOT NULL,
        UNIQUE (plan_id, position)
      ) STRICT;

      CREATE VIRTUAL TABLE plan_sections_fts USING fts5(
        heading, body, content = 'plan_sections', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER plan_sections_ai AFTER INSERT ON plan_sections BEGIN
        INSERT INTO plan_sections_fts (rowid, heading, body) VALUES (new.id, new.heading, new.body);
      END;
      CREATE TRIGGER plan_sections_ad AFTER DELETE ON plan_sections BEGIN
        INSERT INTO plan_sections_fts (plan_sections_fts, rowid, heading, body) VALUES ('delete', old.id, old.heading, old.body);
      END;
      CREATE TRIGGER plan_sections_au AFTER UPDATE ON plan_sections BEGIN
        INSERT INTO plan_sections_fts (plan_sections_fts, rowid, heading, body) VALUES ('delete', old.id, old.heading, old.body);
        INSERT INTO plan_sections_fts (rowid, heading, body) VALUES (new.id, new.heading, new.body);
      END;

      CREATE VIRTUAL TABLE risk_search USING fts5(
        risk_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2'
      );
      INSERT INTO risk_search (risk_id, title, body)
        SELECT id, title, description || ' ' || vulnerabilities || ' ' || existing_measures FROM risks;
      CREATE TRIGGER risks_search_ai AFTER INSERT ON risks BEGIN
        INSERT INTO risk_search (risk_id, title, body)
          VALUES (new.id, new.title, new.description || ' ' || new.vulnerabilities || ' ' || new.existing_measures);
      END;
      CREATE TRIGGER risks_search_ad AFTER DELETE ON risks BEGIN
        DELETE FROM risk_search WHERE risk_id = old.id;
      END;
      CREATE TRIGGER risks_search_au AFTER UPDATE OF title, description, vulnerabilities, existing_measures ON risks BEGIN
        DELETE FROM risk_search WHERE risk_id = old.id;
        INSERT INTO risk_search (risk_id, title, body)
          VALUES (new.id, new.title, new.description || ' ' || new.vulnerabilities || ' ' || new.existing_measures);
      END;
    `);
  },
};
