import type { Database } from '#electron/db/sqlite';
import type { Site, SiteFields, Workspace, WorkspaceFields } from '#shared/contract/workspaces';
import { newId, nowIso } from '#electron/db/clock';

interface WorkspaceRow {
  id: string;
  name: string;
  kind: Workspace['kind'];
  marking: string;
  description: string;
  is_sample: number;
  site_count: number;
  created_at: string;
  updated_at: string;
}

interface SiteRow {
  id: string;
  workspace_id: string;
  name: string;
  kind: Site['kind'];
  address: string;
  latitude: number | null;
  longitude: number | null;
  notes: string;
  created_at: string;
  updated_at: string;
}

type Parsed<T> = Required<T>;

const WORKSPACE_SELECT = `
  SELECT w.*, (SELECT count(*) FROM sites s WHERE s.workspace_id = w.id) AS site_count
  FROM workspaces w`;

function toWorkspace(row: WorkspaceRow): Workspace {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    marking: row.marking,
    description: row.description,
    isSample: row.is_sample === 1,
    siteCount: row.site_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toSite(row: SiteRow): Site {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    kind: row.kind,
    address: row.address,
    latitude: row.latitude,
    longitude: row.longitude,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function createWorkspaceRepository(db: Database) {
  return {
    list(): Workspace[] {
      return (
        db.prepare(`${WORKSPACE_SELECT} ORDER BY w.is_sample DESC, w.name COLLATE NOCASE`).all() as WorkspaceRow[]
      ).map(toWorkspace);
    },
    get(id: string): Workspace | undefined {
      const row = db.prepare(`${WORKSPACE_SELECT} WHERE w.id = ?`).get(id) as WorkspaceRow | undefined;
      return row && toWorkspace(row);
    },
    insert(fields: Parsed<WorkspaceFields>, options: { isSample?: boolean; id?: string } = {}): Workspace {
      const id = options.id ?? newId();
      const now = nowIso();
      db.prepare(
        `INSERT INTO workspaces (id, name, kind, marking, description, is_sample, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, fields.name, fields.kind, fields.marking, fields.description, options.isSample ? 1 : 0, now, now);
      return this.get(id)!;
    },
    update(id: string, fields: Parsed<WorkspaceFields>): Workspace | undefined {
      const result = db
        .prepare(`UPDATE workspaces SET name = ?, kind = ?, marking = ?, description = ?, updated_at = ? WHERE id = ?`)
        .run(fields.name, fields.kind, fields.marking, fields.description, nowIso(), id);
      return result.changes ? this.get(id) : undefined;
    },
    delete(id: string): boolean {
      return db.prepare('DELETE FROM workspaces WHERE id = ?').run(id).changes > 0;
    },
  };
}

export function createSiteRepository(db: Database) {
  return {
    listByWorkspace(workspaceId: string): Site[] {
      return (
        db
          .prepare('SELECT * FROM sites WHERE workspace_id = ? ORDER BY name COLLATE NOCASE')
          .all(workspaceId) as SiteRow[]
      ).map(toSite);
    },
    get(id: string): Site | undefined {
      const row = db.prepare('SELECT * FROM sites WHERE id = ?').get(id) as SiteRow | undefined;
      return row && toSite(row);
    },
    findByName(workspaceId: string, name: string): Site | undefined {
      const row = db
        .prepare('SELECT * FROM sites WHERE workspace_id = ? AND name = ? COLLATE NOCASE')
        .get(workspaceId, name) as SiteRow | undefined;
      return row && toSite(row);
    },
    insert(workspaceId: string, fields: Parsed<SiteFields>, id: string = newId()): Site {
      const now = nowIso();
      db.prepare(
        `INSERT INTO sites (id, workspace_id, name, kind, address, latitude, longitude, notes, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        workspaceId,
        fields.name,
        fields.kind,
        fields.address,
        fields.latitude,
        fields.longitude,
        fields.notes,
        now,
        now,
      );
      return this.get(id)!;
    },
    update(id: string, fields: Parsed<SiteFields>): Site | undefined {
      const result = db
        .prepare(
          `UPDATE sites SET name = ?, kind = ?, address = ?, latitude = ?, longitude = ?, notes = ?, updated_at = ?
           WHERE id = ?`,
        )
        .run(fields.name, fields.kind, fields.address, fields.latitude, fields.longitude, fields.notes, nowIso(), id);
      return result.changes ? this.get(id) : undefined;
    },
    delete(id: string): boolean {
      return db.prepare('DELETE FROM sites WHERE id = ?').run(id).changes > 0;
    },
  };
}

export type WorkspaceRepository = ReturnType<typeof createWorkspaceRepository>;
export type SiteRepository = ReturnType<typeof createSiteRepository>;
