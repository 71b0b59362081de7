import type { Migration } from '#electron/db/migration';

/**
 * The risk register (DOMAIN.md section 3). Levels are not stored as truth: only the level keys a
 * user last saw (`seen_*_level`), so a matrix change can be shown as a change, never applied silently.
 */
export const migration0030: Migration = {
  version: 30,
  name: 'risk-register',
  up(db) {
    db.exec(`
      CREATE TABLE risk_settings (
        workspace_id TEXT PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
        matrix_json TEXT,
        acceptance_rule_json TEXT,
        categories_json TEXT,
        phases_json TEXT
      ) STRICT;

      CREATE TABLE risks (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        -- No cascade: deleting a site must not silently delete its assessed risks.
        site_id TEXT NOT NULL REFERENCES sites(id),
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        category_key TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        exposed_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(exposed_json)),
        vulnerabilities TEXT NOT NULL DEFAULT '',
        existing_measures TEXT NOT NULL DEFAULT '',
        inherent_likelihood INTEGER NOT NULL CHECK (inherent_likelihood BETWEEN 1 AND 7),
        inherent_impact INTEGER NOT NULL CHECK (inherent_impact BETWEEN 1 AND 7),
        residual_likelihood INTEGER CHECK (residual_likelihood BETWEEN 1 AND 7),
        residual_impact INTEGER CHECK (residual_impact BETWEEN 1 AND 7),
        treatment TEXT NOT NULL CHECK (treatment IN ('accept', 'reduce', 'avoid', 'transfer')),
        accepted_by TEXT,
        acceptance_criticality TEXT CHECK (acceptance_criticality IN ('PC1', 'PC2', 'PC3', 'PC4')),
        acceptance_date TEXT,
        acceptance_expiry TEXT,
        next_review_date TEXT,
        status TEXT NOT NULL CHECK (status IN ('draft', 'assessed', 'accepted', 'closed')),
        seen_inherent_level TEXT,
        seen_residual_level TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((residual_likelihood IS NULL) = (residual_impact IS NULL)),
        CHECK ((accepted_by IS NULL) = (acceptance_criticality IS NULL)
           AND (accepted_by IS NULL) = (acceptance_date IS NULL)
           AND (accepted_by IS NULL) = (acceptance_expiry IS NULL))
      ) STRICT;
      CREATE INDEX risks_by_workspace ON risks(workspace_id);
      CREATE INDEX risks_by_site ON risks(site_id);

      CREATE TABLE measures (
        id TEXT PRIMARY KEY,
        risk_id TEXT NOT NULL REFERENCES risks(id) ON DELETE CASCADE,
        type TEXT NOT NULL CHECK (type IN ('prevention', 'mitigation')),
        description TEXT NOT NULL CHECK (length(trim(description)) > 0),
        owner TEXT NOT NULL DEFAULT '',
        due_date TEXT,
        status TEXT NOT NULL CHECK (status IN ('planned', 'in-progress', 'done', 'cancelled')),
        cost TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX measures_by_risk ON measures(risk_id);
    `);
  },
};
