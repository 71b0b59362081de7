import type { Database } from '#electron/db/sqlite';

export type SettingColumn = 'matrix_json' | 'acceptance_rule_json' | 'categories_json' | 'phases_json';

/**
 * Per-workspace register settings stored as JSON (the matrix, the acceptance rule, categories,
 * phases). NULL means "the defaults", so a new workspace needs no seeding.
 */
export function createRiskSettingsRepository(db: Database) {
  return {
    read(workspaceId: string, column: SettingColumn): unknown {
      const row = db.prepare(`SELECT ${column} AS value FROM risk_settings WHERE workspace_id = ?`).get(workspaceId) as
        { value: string | null } | undefined;
      return row?.value == null ? undefined : (JSON.parse(row.value) as unknown);
    },
    write(workspaceId: string, column: SettingColumn, value: unknown): void {
      db.prepare(
        `INSERT INTO risk_settings (workspace_id, ${column}) VALUES (?, ?)
         ON CONFLICT (workspace_id) DO UPDATE SET ${column} = excluded.${column}`,
      ).run(workspaceId, JSON.stringify(value));
    },
  };
}

export type RiskSettingsRepository = ReturnType<typeof createRiskSettingsRepository>;
