import type { Database } from '#electron/db/sqlite';
import type { ParsedRiskFields } from '#shared/contract/risks';
import type { AssessedRisk, Measure, MeasureStatus, MeasureType, RiskStatus, Treatment } from '#shared/domain';
import type { ProgrammeCriticality } from '#shared/domain';
import { newId, nowIso } from '#electron/db/clock';

interface RiskRow {
  id: string;
  workspace_id: string;
  site_id: string;
  site_name: string;
  title: string;
  category_key: string;
  description: string;
  exposed_json: string;
  vulnerabilities: string;
  existing_measures: string;
  inherent_likelihood: number;
  inherent_impact: number;
  residual_likelihood: number | null;
  residual_impact: number | null;
  treatment: Treatment;
  accepted_by: string | null;
  acceptance_criticality: ProgrammeCriticality | null;
  acceptance_date: string | null;
  acceptance_expiry: string | null;
  next_review_date: string | null;
  status: RiskStatus;
  seen_inherent_level: string | null;
  seen_residual_level: string | null;
  created_at: string;
  updated_at: string;
}

interface MeasureRow {
  id: string;
  risk_id: string;
  type: MeasureType;
  description: string;
  owner: string;
  due_date: string | null;
  status: MeasureStatus;
  cost: string;
}

/** A stored risk: the register fields plus what the level-change check needs. Labels come later. */
export interface RiskRecord extends Omit<AssessedRisk, 'categoryLabel'> {
  seenLevels: { inherent: string | null; residual: string | null };
  createdAt: string;
  updatedAt: string;
}

export type SeenLevels = RiskRecord['seenLevels'];

export type MeasureFieldsParsed = Omit<Measure, 'id' | 'riskId'>;

const RISK_SELECT = `SELECT r.*, s.name AS site_name FROM risks r JOIN sites s ON s.id = r.site_id`;

function toMeasure(row: MeasureRow): Measure {
  return {
    id: row.id,
    riskId: row.risk_id,
    type: row.type,
    description: row.description,
    owner: row.owner,
    dueDate: row.due_date,
    status: row.status,
    cost: row.cost,
  };
}

function toRisk(row: RiskRow, measures: Measure[]): RiskRecord {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    siteId: row.site_id,
    siteName: row.site_name,
    title: row.title,
    categoryKey: row.category_key,
    description: row.description,
    exposed: JSON.parse(row.exposed_json) as string[],
    vulnerabilities: row.vulnerabilities,
    existingMeasures: row.existing_measures,
    inherent: { likelihood: row.inherent_likelihood, impact: row.inherent_impact },
    residual:
      row.residual_likelihood === null || row.residual_impact === null
        ? null
        : { likelihood: row.residual_likelihood, impact: row.residual_impact },
    treatment: row.treatment,
    acceptance:
      row.accepted_by === null
        ? null
        : {
            acceptedBy: row.accepted_by,
            criticality: row.acceptance_criticality!,
            date: row.acceptance_date!,
            expiry: row.acceptance_expiry!,
          },
    nextReviewDate: row.next_review_date,
    status: row.status,
    measures,
    seenLevels: { inherent: row.seen_inherent_level, residual: row.seen_residual_level },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function riskValues(fields: ParsedRiskFields) {
  return [
    fields.siteId,
    fields.title,
    fields.categoryKey,
    fields.description,
    JSON.stringify(fields.exposed),
    fields.vulnerabilities,
    fields.existingMeasures,
    fields.inherent.likelihood,
    fields.inherent.impact,
    fields.residual?.likelihood ?? null,
    fields.residual?.impact ?? null,
    fields.treatment,
    fields.acceptance?.acceptedBy ?? null,
    fields.acceptance?.criticality ?? null,
    fields.acceptance?.date ?? null,
    fields.acceptance?.expiry ?? null,
    fields.nextReviewDate,
    fields.status,
  ];
}

export function createRiskRepository(db: Database) {
  const measuresOf = db.prepare(
    'SELECT * FROM measures WHERE risk_id = ? ORDER BY due_date IS NULL, due_date, created_at',
  );
  const insertRisk = db.prepare(
    `INSERT INTO risks (site_id, title, category_key, description, exposed_json, vulnerabilities, existing_measures,
       inherent_likelihood, inherent_impact, residual_likelihood, residual_impact, treatment, accepted_by,
       acceptance_criticality, acceptance_date, acceptance_expiry, next_review_date, status,
       seen_inherent_level, seen_residual_level, id, workspace_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  return {
    listByWorkspace(workspaceId: string): RiskRecord[] {
      const rows = db
        .prepare(`${RISK_SELECT} WHERE r.workspace_id = ? ORDER BY r.created_at, r.title`)
        .all(workspaceId) as RiskRow[];
      const measureRows = db
        .prepare(
          `SELECT m.* FROM measures m JOIN risks r ON r.id = m.risk_id WHERE r.workspace_id = ?
           ORDER BY m.due_date IS NULL, m.due_date, m.created_at`,
        )
        .all(workspaceId) as MeasureRow[];
      const byRisk = new Map<string, Measure[]>();
      for (const row of measureRows) {
        const list = byRisk.get(row.risk_id) ?? [];
        list.push(toMeasure(row));
        byRisk.set(row.risk_id, list);
      }
      return rows.map((row) => toRisk(row, byRisk.get(row.id) ?? []));
    },
    get(id: string): RiskRecord | undefined {
      const row = db.prepare(`${RISK_SELECT} WHERE r.id = ?`).get(id) as RiskRow | undefined;
      return row && toRisk(row, (measuresOf.all(id) as MeasureRow[]).map(toMeasure));
    },
    insert(workspaceId: string, fields: ParsedRiskFields, seen: SeenLevels, id: string = newId()): string {
      const now = nowIso();
      insertRisk.run(...riskValues(fields), seen.inherent, seen.residual, id, workspaceId, now, now);
      return id;
    },
    update(id: string, fields: ParsedRiskFields, seen: SeenLevels): boolean {
      const result = db
        .prepare(
          `UPDATE risks SET site_id = ?, title = ?, category_key = ?, description = ?, exposed_json = ?,
             vulnerabilities = ?, existing_measures = ?, inherent_likelihood = ?, inherent_impact = ?,
             residual_likelihood = ?, residual_impact = ?, treatment = ?, accepted_by = ?,
             acceptance_criticality = ?, acceptance_date = ?, acceptance_expiry = ?, next_review_date = ?,
             status = ?, seen_inherent_level = ?, seen_residual_level = ?, updated_at = ?
           WHERE id = ?`,
        )
        .run(...riskValues(fields), seen.inherent, seen.residual, nowIso(), id);
      return result.changes > 0;
    },
    setSeenLevels(id: string, seen: SeenLevels): void {
      db.prepare('UPDATE risks SET seen_inherent_level = ?, seen_residual_level = ? WHERE id = ?').run(
        seen.inherent,
        seen.residual,
        id,
      );
    },
    delete(id: string): boolean {
      return db.prepare('DELETE FROM risks WHERE id = ?').run(id).changes > 0;
    },
    categoryKeysInUse(workspaceId: string): string[] {
      return (
        db.prepare('SELECT DISTINCT category_key AS key FROM risks WHERE workspace_id = ?').all(workspaceId) as Array<{
          key: string;
        }>
      ).map((row) => row.key);
    },
  };
}

export function createMeasureRepository(db: Database) {
  return {
    get(id: string): Measure | undefined {
      const row = db.prepare('SELECT * FROM measures WHERE id = ?').get(id) as MeasureRow | undefined;
      return row && toMeasure(row);
    },
    insert(riskId: string, fields: MeasureFieldsParsed, id: string = newId()): Measure {
      const now = nowIso();
      db.prepare(
        `INSERT INTO measures (id, risk_id, type, description, owner, due_date, status, cost, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        riskId,
        fields.type,
        fields.description,
        fields.owner,
        fields.dueDate,
        fields.status,
        fields.cost,
        now,
        now,
      );
      return this.get(id)!;
    },
    update(id: string, fields: MeasureFieldsParsed): Measure | undefined {
      const result = db
        .prepare(
          `UPDATE measures SET type = ?, description = ?, owner = ?, due_date = ?, status = ?, cost = ?, updated_at = ?
           WHERE id = ?`,
        )
        .run(fields.type, fields.description, fields.owner, fields.dueDate, fields.status, fields.cost, nowIso(), id);
      return result.changes ? this.get(id) : undefined;
    },
    delete(id: string): boolean {
      return db.prepare('DELETE FROM measures WHERE id = ?').run(id).changes > 0;
    },
  };
}

export type RiskRepository = ReturnType<typeof createRiskRepository>;
