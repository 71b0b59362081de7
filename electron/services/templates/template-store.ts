import type { Database } from '#electron/db/sqlite';
import { nowIso } from '#electron/db/clock';
import { translateConstraint } from '#electron/services/errors';

export interface StoredTemplateVersion {
  id: string;
  version: string;
  text: string;
  createdAt: string;
}

interface Row {
  template_id: string;
  version: string;
  text: string;
  created_at: string;
}

const toVersion = (row: Row): StoredTemplateVersion => ({
  id: row.template_id,
  version: row.version,
  text: row.text,
  createdAt: row.created_at,
});

/** Published template versions in SQLite. Rows are never updated: a change is a new version. */
export function createTemplateStore(db: Database) {
  const all = db.prepare<[], Row>(
    'SELECT template_id, version, text, created_at FROM template_versions ORDER BY template_id, major DESC, minor DESC, patch DESC',
  );
  const one = db.prepare<[string, string], Row>(
    'SELECT template_id, version, text, created_at FROM template_versions WHERE template_id = ? AND version = ?',
  );
  const insert = db.prepare(
    `INSERT INTO template_versions (template_id, version, major, minor, patch, title, kind, text, created_at)
     VALUES (@id, @version, @major, @minor, @patch, @title, @kind, @text, @createdAt)`,
  );
  return {
    list: (): StoredTemplateVersion[] => all.all().map(toVersion),
    get: (id: string, version: string): StoredTemplateVersion | undefined => {
      const row = one.get(id, version);
      return row ? toVersion(row) : undefined;
    },
    add(entry: { id: string; version: string; title: string; kind: string; text: string }): StoredTemplateVersion {
      const [major, minor, patch] = entry.version.split('.').map(Number);
      const createdAt = nowIso();
      try {
        insert.run({ ...entry, major, minor, patch, createdAt });
      } catch (error) {
        throw translateConstraint(
          error,
          `Template "${entry.id}" already has a version ${entry.version}; publish a newer version instead.`,
        );
      }
      return { id: entry.id, version: entry.version, text: entry.text, createdAt };
    },
  };
}

export type TemplateStore = ReturnType<typeof createTemplateStore>;
