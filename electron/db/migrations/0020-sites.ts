import type { Migration } from '#electron/db/migration';

export const migration0020: Migration = {
  version: 20,
  name: 'sites',
  up(db) {
    db.exec(`
      CREATE TABLE sites (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        name TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(name)) > 0),
        kind TEXT NOT NULL CHECK (kind IN ('office', 'residence', 'warehouse', 'venue', 'other')),
        address TEXT NOT NULL DEFAULT '',
        latitude REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
        longitude REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (workspace_id, name)
      ) STRICT;
      CREATE INDEX sites_by_workspace ON sites(workspace_id);
    `);
  },
};
