import type { Migration } from '#electron/db/migration';

/** People and roles that plans reuse, and vulnerable targets scored with CARVER (DOMAIN.md section 3). */
export const migration0040: Migration = {
  version: 40,
  name: 'people-targets',
  up(db) {
    db.exec(`
      CREATE TABLE people (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        role TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        call_sign TEXT NOT NULL DEFAULT '',
        deputy_id TEXT REFERENCES people(id) ON DELETE SET NULL CHECK (deputy_id IS NULL OR deputy_id <> id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX people_by_workspace ON people(workspace_id);

      CREATE TABLE targets (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        site_id TEXT REFERENCES sites(id) ON DELETE SET NULL,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        kind TEXT NOT NULL CHECK (kind IN ('soft-target', 'critical-infrastructure')),
        criticality INTEGER NOT NULL CHECK (criticality BETWEEN 1 AND 5),
        accessibility INTEGER NOT NULL CHECK (accessibility BETWEEN 1 AND 5),
        recuperability INTEGER NOT NULL CHECK (recuperability BETWEEN 1 AND 5),
        vulnerability INTEGER NOT NULL CHECK (vulnerability BETWEEN 1 AND 5),
        effect INTEGER NOT NULL CHECK (effect BETWEEN 1 AND 5),
        recognizability INTEGER NOT NULL CHECK (recognizability BETWEEN 1 AND 5),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX targets_by_workspace ON targets(workspace_id);

      CREATE TABLE target_risks (
        target_id TEXT NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
        risk_id TEXT NOT NULL REFERENCES risks(id) ON DELETE CASCADE,
        PRIMARY KEY (target_id, risk_id)
      ) STRICT;
      CREATE INDEX target_risks_by_risk ON target_risks(risk_id);
    `);
  },
};
