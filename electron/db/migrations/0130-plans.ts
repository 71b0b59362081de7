import type { Migration } from '#electron/db/migration';

/**
 * Plans (DOMAIN.md section 5): one row per plan edition, its current document in a table of its
 * own (so listing plans never reads megabytes of JSON), revisions (bounded autosave snapshots plus
 * named versions kept forever) and the risks each plan covers. `row_version` is the optimistic
 * concurrency token: a save names the version it started from.
 */
export const migration0130: Migration = {
  version: 130,
  name: 'plans',
  up(db) {
    db.exec(`
      CREATE TABLE plans (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        site_id TEXT REFERENCES sites(id) ON DELETE SET NULL,
        kind TEXT NOT NULL CHECK (length(trim(kind)) > 0),
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in-review', 'approved', 'superseded')),
        template_id TEXT NOT NULL DEFAULT '',
        template_version TEXT NOT NULL DEFAULT '',
        edition INTEGER NOT NULL DEFAULT 1 CHECK (edition >= 1),
        previous_id TEXT REFERENCES plans(id) ON DELETE SET NULL,
        prepared_by TEXT NOT NULL DEFAULT '',
        prepared_at TEXT,
        reviewed_by TEXT NOT NULL DEFAULT '',
        reviewed_at TEXT,
        approved_by TEXT NOT NULL DEFAULT '',
        approved_at TEXT,
        review_date TEXT,
        row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
        indexed_version INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX plans_by_workspace ON plans(workspace_id, updated_at);
      CREATE INDEX plans_by_site ON plans(site_id);
      -- Plans whose search index lags behind their document (re-indexing is debounced).
      CREATE INDEX plans_to_index ON plans(id) WHERE indexed_version < row_version;

      CREATE TABLE plan_documents (
        plan_id TEXT PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE,
        document TEXT NOT NULL
      ) STRICT;

      CREATE TABLE plan_revisions (
        id INTEGER PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('autosave', 'named')),
        name TEXT NOT NULL DEFAULT '',
        row_version INTEGER NOT NULL,
        document TEXT NOT NULL,
        created_at TEXT NOT NULL,
        CHECK (kind = 'autosave' OR length(trim(name)) > 0)
      ) STRICT;
      CREATE INDEX plan_revisions_by_plan ON plan_revisions(plan_id, kind, id);

      -- No foreign key to risks: a deleted risk must stay visible in the plans that cited it.
      CREATE TABLE plan_risks (
        plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        risk_id TEXT NOT NULL,
        PRIMARY KEY (plan_id, risk_id)
      ) STRICT;
      CREATE INDEX plan_risks_by_risk ON plan_risks(risk_id);
    `);
  },
};
