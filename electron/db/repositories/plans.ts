import type { Database } from '#electron/db/sqlite';
import type { PlanStatus, PlanSummary, RevisionSummary, SaveResult } from '#shared/contract/plans';
import { assembleDocument, type DocumentParts, type SectionPart } from '#shared/document/sections';
import { newId, nowIso } from '#electron/db/clock';

interface PlanRow {
  id: string;
  workspace_id: string;
  site_id: string | null;
  site_name: string | null;
  kind: string;
  title: string;
  status: PlanStatus;
  template_id: string;
  template_version: string;
  edition: number;
  previous_id: string | null;
  prepared_by: string;
  prepared_at: string | null;
  reviewed_by: string;
  reviewed_at: string | null;
  approved_by: string;
  approved_at: string | null;
  review_date: string | null;
  row_version: number;
  created_at: string;
  updated_at: string;
}

interface RevisionRow {
  id: number;
  plan_id: string;
  kind: 'autosave' | 'named';
  name: string;
  row_version: number;
  created_at: string;
  size: number;
}

const PLAN_SELECT = `
  SELECT p.id, p.workspace_id, p.site_id, s.name AS site_name, p.kind, p.title, p.status, p.template_id,
         p.template_version, p.edition, p.previous_id, p.prepared_by, p.prepared_at, p.reviewed_by, p.reviewed_at,
         p.approved_by, p.approved_at, p.review_date, p.row_version, p.created_at, p.updated_at
  FROM plans p LEFT JOIN sites s ON s.id = p.site_id`;

const REVISION_SELECT = `SELECT id, plan_id, kind, name, row_version, created_at, length(CAST(document AS BLOB)) AS size
  FROM plan_revisions`;

function toSummary(row: PlanRow): PlanSummary {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    siteId: row.site_id,
    siteName: row.site_name ?? '',
    kind: row.kind,
    title: row.title,
    status: row.status,
    templateId: row.template_id,
    templateVersion: row.template_version,
    edition: row.edition,
    previousId: row.previous_id,
    preparedBy: row.prepared_by,
    preparedAt: row.prepared_at,
    reviewedBy: row.reviewed_by,
    reviewedAt: row.reviewed_at,
    approvedBy: row.approved_by,
    approvedAt: row.approved_at,
    reviewDate: row.review_date,
    rowVersion: row.row_version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRevision(row: RevisionRow): RevisionSummary {
  return {
    id: row.id,
    planId: row.plan_id,
    kind: row.kind,
    name: row.name,
    rowVersion: row.row_version,
    createdAt: row.created_at,
    size: row.size,
  };
}

export interface NewPlan {
  workspaceId: string;
  siteId: string | null;
  kind: string;
  title: string;
  templateId: string;
  templateVersion: string;
  edition?: number;
  previousId?: string | null;
  reviewDate?: string | null;
  preparedBy?: string;
}

export interface DetailsChange {
  title: string;
  reviewDate: string | null;
  preparedBy: string;
  reviewedBy: string;
  approvedBy: string;
}

export interface RevisionPolicy {
  /** Autosave revisions kept per plan (named versions are never pruned). */
  keepAutosaves: number;
  /** A new autosave revision is taken when the newest is older than this. */
  snapshotEveryMs: number;
}

export const DEFAULT_REVISION_POLICY: RevisionPolicy = { keepAutosaves: 50, snapshotEveryMs: 2 * 60_000 };

/** Outcome of a versioned write: the new version, or why it was refused. */
export type VersionedWrite<T> =
  | { ok: true; value: T }
  | { ok: false; reason: 'missing' | 'stale'; current?: number }
  | { ok: false; reason: 'invalid'; message: string };

/** A section of a save: kept from the stored version (by its index there), or new content. */
export type SectionWrite = { unchanged: number } | SectionPart;

interface SectionRow {
  id: number;
  position: number;
  risk_ids: string;
}

/** Thrown inside a save's transaction to roll it back; reported as `reason: 'invalid'`. */
class InvalidSections extends Error {}

export function createPlanRepository(db: Database, policy: RevisionPolicy = DEFAULT_REVISION_POLICY) {
  const getRow = db.prepare(`${PLAN_SELECT} WHERE p.id = ?`);
  const bump = db.prepare(
    'UPDATE plans SET row_version = row_version + 1, updated_at = ? WHERE id = ? AND row_version = ? RETURNING row_version, updated_at',
  );
  const versionOf = db.prepare('SELECT row_version FROM plans WHERE id = ?').pluck();
  const writeHead = db.prepare(
    'INSERT INTO plan_documents (plan_id, head) VALUES (?, ?) ON CONFLICT (plan_id) DO UPDATE SET head = excluded.head',
  );
  const readHead = db.prepare('SELECT head FROM plan_documents WHERE plan_id = ?').pluck();
  // Sections are kept in plan_document_sections (migration 0190); `position` orders them.
  const sectionContents = db
    .prepare('SELECT content FROM plan_document_sections WHERE plan_id = ? ORDER BY position')
    .pluck();
  const sectionParts = db.prepare(
    'SELECT content AS json, risk_ids FROM plan_document_sections WHERE plan_id = ? ORDER BY position',
  );
  const sectionRows = db.prepare(
    'SELECT id, position, risk_ids FROM plan_document_sections WHERE plan_id = ? ORDER BY position',
  );
  const insertSection = db.prepare(
    'INSERT INTO plan_document_sections (plan_id, position, content, risk_ids) VALUES (?, ?, ?, ?)',
  );
  const rewriteSection = db.prepare(
    'UPDATE plan_document_sections SET position = ?, content = ?, risk_ids = ? WHERE id = ?',
  );
  const moveSection = db.prepare('UPDATE plan_document_sections SET position = ? WHERE id = ?');
  const deleteSection = db.prepare('DELETE FROM plan_document_sections WHERE id = ?');
  const newestAutosave = db
    .prepare("SELECT created_at FROM plan_revisions WHERE plan_id = ? AND kind = 'autosave' ORDER BY id DESC LIMIT 1")
    .pluck();
  const insertRevision = db.prepare(
    'INSERT INTO plan_revisions (plan_id, kind, name, row_version, document, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const pruneAutosaves = db.prepare(
    `DELETE FROM plan_revisions WHERE plan_id = ? AND kind = 'autosave' AND id NOT IN (
       SELECT id FROM plan_revisions WHERE plan_id = ? AND kind = 'autosave' ORDER BY id DESC LIMIT ?)`,
  );
  const deleteRisks = db.prepare('DELETE FROM plan_risks WHERE plan_id = ?');
  const insertRisk = db.prepare('INSERT OR IGNORE INTO plan_risks (plan_id, risk_id) VALUES (?, ?)');

  /** Refusal for a versioned write that changed nothing. */
  function refusal(id: string): VersionedWrite<never> {
    const current = versionOf.get(id) as number | undefined;
    return current === undefined ? { ok: false, reason: 'missing' } : { ok: false, reason: 'stale', current };
  }

  function replaceRisks(planId: string, riskIds: readonly string[]): void {
    deleteRisks.run(planId);
    for (const riskId of riskIds) insertRisk.run(planId, riskId);
  }

  /**
   * A bounded trail of autosaves: at most one per interval, the oldest dropped beyond the limit.
   * The whole document is assembled only when a snapshot is due.
   */
  function snapshotIfDue(planId: string, rowVersion: number, document: () => string, now: string): void {
    const newest = newestAutosave.get(planId) as string | undefined;
    if (newest && Date.parse(now) - Date.parse(newest) < policy.snapshotEveryMs) return;
    insertRevision.run(planId, 'autosave', '', rowVersion, document(), now);
    pruneAutosaves.run(planId, planId, policy.keepAutosaves);
  }

  function documentOf(planId: string): string | undefined {
    const head = readHead.get(planId) as string | undefined;
    return head === undefined ? undefined : assembleDocument(head, sectionContents.all(planId) as string[]);
  }

  function partsOf(planId: string): DocumentParts | undefined {
    const head = readHead.get(planId) as string | undefined;
    if (head === undefined) return undefined;
    const rows = sectionParts.all(planId) as Array<{ json: string; risk_ids: string }>;
    return { head, sections: rows.map((row) => ({ json: row.json, riskIds: JSON.parse(row.risk_ids) as string[] })) };
  }

  /**
   * Makes the stored sections the ones listed, in order: kept rows stay (moved if their position
   * changed), new content reuses a dropped row at its position or is inserted, the rest is deleted.
   * Returns the risk ids the document now cites. Runs inside the caller's transaction.
   */
  function writeSections(planId: string, sections: readonly SectionWrite[]): Set<string> {
    const rows = sectionRows.all(planId) as SectionRow[];
    const kept = new Set<number>();
    for (const section of sections) {
      if (!('unchanged' in section)) continue;
      if (section.unchanged >= rows.length || kept.has(section.unchanged)) {
        throw new InvalidSections(
          `Section ${section.unchanged} is not a distinct section of the stored version (it has ${rows.length}).`,
        );
      }
      kept.add(section.unchanged);
    }
    const free = new Map<number, SectionRow>();
    rows.forEach((row, index) => {
      if (!kept.has(index)) free.set(index, row);
    });
    const riskIds = new Set<string>();
    sections.forEach((section, position) => {
      if ('unchanged' in section) {
        const row = rows[section.unchanged]!;
        if (row.position !== position) moveSection.run(position, row.id);
        // Most sections cite no risk; parsing hundreds of '[]' per save would be wasted.
        if (row.risk_ids !== '[]') for (const riskId of JSON.parse(row.risk_ids) as string[]) riskIds.add(riskId);
        return;
      }
      const reusable = free.get(position);
      const riskJson = JSON.stringify(section.riskIds);
      if (reusable) {
        free.delete(position);
        rewriteSection.run(position, section.json, riskJson, reusable.id);
      } else {
        insertSection.run(planId, position, section.json, riskJson);
      }
      for (const riskId of section.riskIds) riskIds.add(riskId);
    });
    for (const row of free.values()) deleteSection.run(row.id);
    return riskIds;
  }

  return {
    list(workspaceId: string): PlanSummary[] {
      return (
        db
          .prepare(`${PLAN_SELECT} WHERE p.workspace_id = ? ORDER BY p.updated_at DESC, p.title`)
          .all(workspaceId) as PlanRow[]
      ).map(toSummary);
    },
    get(id: string): PlanSummary | undefined {
      const row = getRow.get(id) as PlanRow | undefined;
      return row && toSummary(row);
    },
    /** The whole document's JSON, assembled from its sections without parsing them. */
    document(id: string): string | undefined {
      return documentOf(id);
    },
    /** The head and the sections as stored (a new draft copies them as they are). */
    parts(id: string): DocumentParts | undefined {
      return partsOf(id);
    },
    /**
     * Whether a save would store exactly what is stored. Sections kept by index can only be
     * compared against the version they refer to, so a stale save must send every section.
     */
    isStored(id: string, head: string | undefined, sections: readonly SectionWrite[], stale: boolean): boolean {
      if (stale && (head === undefined || sections.some((section) => 'unchanged' in section))) return false;
      const stored = readHead.get(id) as string | undefined;
      if (stored === undefined) return false;
      const contents = sectionContents.all(id) as string[];
      const json = assembleDocument(
        head ?? stored,
        sections.map((section) => ('unchanged' in section ? (contents[section.unchanged] ?? '') : section.json)),
      );
      return json === assembleDocument(stored, contents);
    },
    riskIds(id: string): string[] {
      return db
        .prepare('SELECT risk_id FROM plan_risks WHERE plan_id = ? ORDER BY risk_id')
        .pluck()
        .all(id) as string[];
    },
    /** Plan id -> covered risk ids, for every plan of a workspace that is not superseded. */
    coverage(workspaceId: string): Array<{ id: string; title: string; riskIds: string[] }> {
      const plans = db
        .prepare("SELECT id, title FROM plans WHERE workspace_id = ? AND status <> 'superseded' ORDER BY title, id")
        .all(workspaceId) as Array<{ id: string; title: string }>;
      const links = db
        .prepare(
          `SELECT pr.plan_id, pr.risk_id FROM plan_risks pr JOIN plans p ON p.id = pr.plan_id
           WHERE p.workspace_id = ? AND p.status <> 'superseded'`,
        )
        .all(workspaceId) as Array<{ plan_id: string; risk_id: string }>;
      return plans.map((plan) => ({
        ...plan,
        riskIds: links.filter((link) => link.plan_id === plan.id).map((link) => link.risk_id),
      }));
    },

    insert(plan: NewPlan, document: DocumentParts, riskIds: readonly string[]): PlanSummary {
      const id = newId();
      const now = nowIso();
      db.transaction(() => {
        db.prepare(
          `INSERT INTO plans (id, workspace_id, site_id, kind, title, template_id, template_version, edition, previous_id,
             review_date, prepared_by, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          id,
          plan.workspaceId,
          plan.siteId,
          plan.kind,
          plan.title,
          plan.templateId,
          plan.templateVersion,
          plan.edition ?? 1,
          plan.previousId ?? null,
          plan.reviewDate ?? null,
          plan.preparedBy ?? '',
          now,
          now,
        );
        writeHead.run(id, document.head);
        writeSections(id, document.sections);
        insertRevision.run(id, 'autosave', '', 1, documentOf(id)!, now);
        replaceRisks(id, riskIds);
      })();
      return this.get(id)!;
    },

    /**
     * Writes the sections (and the head, when given) if nobody saved since `expectedVersion`: one
     * transaction, all or nothing. The content of kept sections is neither read nor rewritten; the
     * plan's risk links come from the risk ids stored per section.
     */
    saveSections(
      id: string,
      expectedVersion: number,
      head: string | undefined,
      sections: readonly SectionWrite[],
    ): VersionedWrite<SaveResult> {
      try {
        return db.transaction((): VersionedWrite<SaveResult> => {
          const now = nowIso();
          const bumped = bump.get(now, id, expectedVersion) as { row_version: number; updated_at: string } | undefined;
          if (!bumped) return refusal(id);
          if (head !== undefined) writeHead.run(id, head);
          replaceRisks(id, [...writeSections(id, sections)].sort());
          snapshotIfDue(id, bumped.row_version, () => documentOf(id)!, now);
          return { ok: true, value: { rowVersion: bumped.row_version, updatedAt: bumped.updated_at } };
        })();
      } catch (error) {
        if (error instanceof InvalidSections) return { ok: false, reason: 'invalid', message: error.message };
        throw error;
      }
    },
    /** Writes a whole document (every section new) if nobody saved since `expectedVersion`. */
    saveDocument(id: string, expectedVersion: number, document: DocumentParts): VersionedWrite<SaveResult> {
      return this.saveSections(id, expectedVersion, document.head, document.sections);
    },

    updateDetails(id: string, expectedVersion: number, change: DetailsChange): VersionedWrite<PlanSummary> {
      const result = db
        .prepare(
          `UPDATE plans SET title = ?, review_date = ?, prepared_by = ?, reviewed_by = ?, approved_by = ?,
             row_version = row_version + 1, updated_at = ?
           WHERE id = ? AND row_version = ?`,
        )
        .run(
          change.title,
          change.reviewDate,
          change.preparedBy,
          change.reviewedBy,
          change.approvedBy,
          nowIso(),
          id,
          expectedVersion,
        );
      return result.changes ? { ok: true, value: this.get(id)! } : refusal(id);
    },

    /** Sets the status and stamps who and when for the step it records. */
    setStatus(
      id: string,
      expectedVersion: number,
      status: PlanStatus,
      by: string,
      today: string,
    ): VersionedWrite<PlanSummary> {
      const stamp =
        status === 'in-review'
          ? ", prepared_by = coalesce(nullif(?, ''), prepared_by), prepared_at = ?"
          : status === 'approved'
            ? ", approved_by = coalesce(nullif(?, ''), approved_by), approved_at = ?"
            : '';
      const parameters: unknown[] = [status];
      if (stamp) parameters.push(by, today);
      const result = db
        .prepare(
          `UPDATE plans SET status = ?${stamp}, row_version = row_version + 1, updated_at = ?
           WHERE id = ? AND row_version = ?`,
        )
        .run(...parameters, nowIso(), id, expectedVersion);
      return result.changes ? { ok: true, value: this.get(id)! } : refusal(id);
    },

    /** Dates the review when a plan leaves "In review" (the reviewer's name is set in the details). */
    markReviewed(id: string, today: string): void {
      db.prepare('UPDATE plans SET reviewed_at = ? WHERE id = ?').run(today, id);
    },

    supersede(id: string): void {
      db.prepare(
        "UPDATE plans SET status = 'superseded', row_version = row_version + 1, updated_at = ? WHERE id = ? AND status = 'approved'",
      ).run(nowIso(), id);
    },

    delete(id: string): boolean {
      return db.prepare('DELETE FROM plans WHERE id = ?').run(id).changes > 0;
    },

    revisions(planId: string): RevisionSummary[] {
      return (db.prepare(`${REVISION_SELECT} WHERE plan_id = ? ORDER BY id DESC`).all(planId) as RevisionRow[]).map(
        toRevision,
      );
    },
    revision(revisionId: number): (RevisionSummary & { document: string }) | undefined {
      const row = db.prepare(`${REVISION_SELECT} WHERE id = ?`).get(revisionId) as RevisionRow | undefined;
      if (!row) return undefined;
      const document = db.prepare('SELECT document FROM plan_revisions WHERE id = ?').pluck().get(revisionId) as string;
      return { ...toRevision(row), document };
    },
    saveNamedVersion(planId: string, name: string): RevisionSummary | undefined {
      const plan = this.get(planId);
      const document = this.document(planId);
      if (!plan || document === undefined) return undefined;
      const info = insertRevision.run(planId, 'named', name, plan.rowVersion, document, nowIso());
      return this.revisions(planId).find((revision) => revision.id === Number(info.lastInsertRowid));
    },
    /** Keeps the current document as an autosave revision now, whatever the interval (before a restore). */
    snapshotNow(planId: string): void {
      const plan = this.get(planId);
      const document = this.document(planId);
      if (!plan || document === undefined) return;
      insertRevision.run(planId, 'autosave', '', plan.rowVersion, document, nowIso());
      pruneAutosaves.run(planId, planId, policy.keepAutosaves);
    },
  };
}

export type PlanRepository = ReturnType<typeof createPlanRepository>;
