import type { Database } from '#electron/db/sqlite';
import type { Person, TargetKind } from '#shared/domain';
import type { CarverScores } from '#shared/domain';
import { carverTotal } from '#shared/domain';
import { newId, nowIso } from '#electron/db/clock';

interface PersonRow {
  id: string;
  workspace_id: string;
  name: string;
  role: string;
  phone: string;
  email: string;
  call_sign: string;
  deputy_id: string | null;
}

export type PersonRecord = Person & { workspaceId: string };
export type PersonFieldsParsed = Omit<Person, 'id'>;

const toPerson = (row: PersonRow): PersonRecord => ({
  id: row.id,
  workspaceId: row.workspace_id,
  name: row.name,
  role: row.role,
  phone: row.phone,
  email: row.email,
  callSign: row.call_sign,
  deputy: row.deputy_id,
});

export function createPeopleRepository(db: Database) {
  return {
    listByWorkspace(workspaceId: string): PersonRecord[] {
      return (
        db
          .prepare('SELECT * FROM people WHERE workspace_id = ? ORDER BY name COLLATE NOCASE')
          .all(workspaceId) as PersonRow[]
      ).map(toPerson);
    },
    get(id: string): PersonRecord | undefined {
      const row = db.prepare('SELECT * FROM people WHERE id = ?').get(id) as PersonRow | undefined;
      return row && toPerson(row);
    },
    insert(workspaceId: string, fields: PersonFieldsParsed, id: string = newId()): PersonRecord {
      const now = nowIso();
      db.prepare(
        `INSERT INTO people (id, workspace_id, name, role, phone, email, call_sign, deputy_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        workspaceId,
        fields.name,
        fields.role,
        fields.phone,
        fields.email,
        fields.callSign,
        fields.deputy,
        now,
        now,
      );
      return this.get(id)!;
    },
    update(id: string, fields: PersonFieldsParsed): PersonRecord | undefined {
      const result = db
        .prepare(
          `UPDATE people SET name = ?, role = ?, phone = ?, email = ?, call_sign = ?, deputy_id = ?, updated_at = ?
           WHERE id = ?`,
        )
        .run(fields.name, fields.role, fields.phone, fields.email, fields.callSign, fields.deputy, nowIso(), id);
      return result.changes ? this.get(id) : undefined;
    },
    delete(id: string): boolean {
      return db.prepare('DELETE FROM people WHERE id = ?').run(id).changes > 0;
    },
  };
}

interface TargetRow extends CarverScores {
  id: string;
  workspace_id: string;
  site_id: string | null;
  name: string;
  kind: TargetKind;
  notes: string;
  risk_ids: string | null;
}

export interface TargetRecord {
  id: string;
  workspaceId: string;
  name: string;
  kind: TargetKind;
  siteId: string | null;
  scores: CarverScores;
  total: number;
  riskIds: string[];
  notes: string;
}

export type TargetFieldsParsed = Omit<TargetRecord, 'id' | 'workspaceId' | 'total'>;

const TARGET_SELECT = `SELECT t.*, (SELECT json_group_array(risk_id) FROM target_risks WHERE target_id = t.id) AS risk_ids
  FROM targets t`;

function toTarget(row: TargetRow): TargetRecord {
  const scores: CarverScores = {
    criticality: row.criticality,
    accessibility: row.accessibility,
    recuperability: row.recuperability,
    vulnerability: row.vulnerability,
    effect: row.effect,
    recognizability: row.recognizability,
  };
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    kind: row.kind,
    siteId: row.site_id,
    scores,
    total: carverTotal(scores),
    riskIds: (JSON.parse(row.risk_ids ?? '[]') as string[]).sort(),
    notes: row.notes,
  };
}

export function createTargetRepository(db: Database) {
  const link = (targetId: string, riskIds: string[]) => {
    db.prepare('DELETE FROM target_risks WHERE target_id = ?').run(targetId);
    const insert = db.prepare('INSERT OR IGNORE INTO target_risks (target_id, risk_id) VALUES (?, ?)');
    for (const riskId of riskIds) insert.run(targetId, riskId);
  };
  return {
    listByWorkspace(workspaceId: string): TargetRecord[] {
      return (db.prepare(`${TARGET_SELECT} WHERE t.workspace_id = ?`).all(workspaceId) as TargetRow[]).map(toTarget);
    },
    get(id: string): TargetRecord | undefined {
      const row = db.prepare(`${TARGET_SELECT} WHERE t.id = ?`).get(id) as TargetRow | undefined;
      return row && toTarget(row);
    },
    insert(workspaceId: string, fields: TargetFieldsParsed, id: string = newId()): TargetRecord {
      const now = nowIso();
      const s = fields.scores;
      db.prepare(
        `INSERT INTO targets (id, workspace_id, site_id, name, kind, criticality, accessibility, recuperability,
           vulnerability, effect, recognizability, notes, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        workspaceId,
        fields.siteId,
        fields.name,
        fields.kind,
        s.criticality,
        s.accessibility,
        s.recuperability,
        s.vulnerability,
        s.effect,
        s.recognizability,
        fields.notes,
        now,
        now,
      );
      link(id, fields.riskIds);
      return this.get(id)!;
    },
    update(id: string, fields: TargetFieldsParsed): TargetRecord | undefined {
      const s = fields.scores;
      const result = db
        .prepare(
          `UPDATE targets SET site_id = ?, name = ?, kind = ?, criticality = ?, accessibility = ?, recuperability = ?,
             vulnerability = ?, effect = ?, recognizability = ?, notes = ?, updated_at = ? WHERE id = ?`,
        )
        .run(
          fields.siteId,
          fields.name,
          fields.kind,
          s.criticality,
          s.accessibility,
          s.recuperability,
          s.vulnerability,
          s.effect,
          s.recognizability,
          fields.notes,
          nowIso(),
          id,
        );
      if (!result.changes) return undefined;
      link(id, fields.riskIds);
      return this.get(id);
    },
    delete(id: string): boolean {
      return db.prepare('DELETE FROM targets WHERE id = ?').run(id).changes > 0;
    },
  };
}
