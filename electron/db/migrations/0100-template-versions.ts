import type { Migration } from '#electron/db/migration';

/**
 * Template versions published by maintainers in this database. Built-in templates are read from the
 * `templates/` folder shipped with the app and never stored here. Each row holds the full text form,
 * so an older version stays readable exactly as it was published.
 */
export const migration0100: Migration = {
  version: 100,
  name: 'template-versions',
  up(db) {
    db.exec(`
      CREATE TABLE template_versions (
        template_id TEXT NOT NULL CHECK (template_id GLOB '[a-z0-9]*' AND length(template_id) BETWEEN 2 AND 80),
        version TEXT NOT NULL CHECK (version GLOB '[0-9]*.[0-9]*.[0-9]*'),
        major INTEGER NOT NULL,
        minor INTEGER NOT NULL,
        patch INTEGER NOT NULL,
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (template_id, version)
      ) STRICT;
      CREATE INDEX template_versions_newest ON template_versions(template_id, major DESC, minor DESC, patch DESC);
    `);
  },
};
