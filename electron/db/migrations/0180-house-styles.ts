import type { Migration } from '#electron/db/migration';

/**
 * One house style per workspace (fonts, sizes, colours, marking, page size as JSON, validated by
 * shared/export/house-style.ts on the way in and out), and its files: the logo image and the
 * reference .docx whose styles replace ours. Files are BLOBs beside the settings so that a workspace
 * carries its look with it and deleting the workspace deletes them.
 */
export const migration0180: Migration = {
  version: 180,
  name: 'house-styles',
  up(db) {
    db.exec(`
      CREATE TABLE house_styles (
        workspace_id TEXT PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
        settings TEXT NOT NULL CHECK (json_valid(settings)),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE house_style_files (
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('logo', 'reference-doc')),
        file_name TEXT NOT NULL,
        mime_type TEXT NOT NULL,
        data BLOB NOT NULL,
        width INTEGER,
        height INTEGER,
        styles_xml TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (workspace_id, kind)
      ) STRICT;
    `);
  },
};
