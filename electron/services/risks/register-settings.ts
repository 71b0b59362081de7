import type { Database } from '#electron/db/sqlite';
import { z } from 'zod';
import { categorySchema, matrixSchema, phaseSchema } from '#shared/contract/risks';
import { PROGRAMME_CRITICALITIES } from '#shared/domain';
import {
  DEFAULT_ACCEPTANCE_RULE,
  DEFAULT_MATRIX,
  DEFAULT_PHASE_DEFINITIONS,
  DEFAULT_THREAT_CATEGORIES,
  type AcceptanceRule,
  type PhaseDefinition,
  type RiskMatrix,
  type ThreatCategory,
} from '#shared/domain';
import { createRiskSettingsRepository, type SettingColumn } from '#electron/db/repositories/risk-settings';

const ruleSchema = z.record(z.string(), z.partialRecord(z.enum(PROGRAMME_CRITICALITIES), z.string()));

/**
 * The workspace's matrix, acceptance rule, categories and phases, or the defaults when the
 * workspace never changed them. A stored value that no longer parses falls back to the default
 * rather than breaking every screen; the user can save a valid one again.
 */
export function createRegisterSettings(db: Database) {
  const repository = createRiskSettingsRepository(db);
  function read<T>(workspaceId: string, column: SettingColumn, schema: z.ZodType<T>, fallback: T): T {
    const parsed = schema.safeParse(repository.read(workspaceId, column));
    return parsed.success ? parsed.data : structuredClone(fallback);
  }
  return {
    matrix: (workspaceId: string): RiskMatrix => read(workspaceId, 'matrix_json', matrixSchema, DEFAULT_MATRIX),
    acceptanceRule: (workspaceId: string): AcceptanceRule =>
      read(workspaceId, 'acceptance_rule_json', ruleSchema, DEFAULT_ACCEPTANCE_RULE),
    categories: (workspaceId: string): ThreatCategory[] =>
      read(workspaceId, 'categories_json', z.array(categorySchema), DEFAULT_THREAT_CATEGORIES),
    phases: (workspaceId: string): PhaseDefinition[] =>
      read(workspaceId, 'phases_json', z.array(phaseSchema), DEFAULT_PHASE_DEFINITIONS),
    write: repository.write,
  };
}

export type RegisterSettings = ReturnType<typeof createRegisterSettings>;
