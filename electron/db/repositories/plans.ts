import type { Database } from 'better-sqlite3';
import type { PlanStatus, PlanSummary, RevisionSummary, SaveResult } from '../../../shared/contract/plans';
import { newId, nowIso } from '../clock';

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
export type VersionedWrite<T> = { ok: true; value: T } | { ok: false; reason: 'missing' | 'stale'; current?: number };

export function createPlanRepository(db: Database, policy: RevisionPolicy = DEFAULT_REVISION_POLICY) {
  const getRow = db.prepare(`${PLAN_SELECT} WHERE p.id = ?`);
  const bump = db.prepare(
    'UPDATE plans SET row_version = row_version + 1, updated_at = ? WHERE id = ? AND row_version = ? RETURNING row_version, updated_at',
  );
  const versionOf = db.prepare('SELECT row_version FROM plans WHERE id = ?').pluck();
  const writeDocument = db.prepare(
    'INSERT INTO plan_documents (plan_id, document) VALUES (?, ?) ON CONFLICT (plan_id) DO UPDATE SET document = excluded.document',
  );
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

  /** A bounded trail of autosaves: at most one per interval, the oldest dropped beyond the limit. */
  function snapshotIfDue(planId: string, rowVersion: number, document: string, now: string): void {
    const newest = newestAutosave.get(planId) as string | undefined;
    if (newest && Date.parse(now) - Date.parse(newest) < policy.snapshotEveryMs) return;
    insertRevision.run(planId, 'autosave', '', rowVersion, document, now);
    pruneAutosaves.run(planId, planId, policy.keepAutosaves);
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
    document(id: string): string | undefined {
      return db.prepare('SELECT document FROM plan_documents WHERE plan_id = ?').pluck().get(id) as string | undefined;
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

    insert(plan: NewPlan, document: string, riskIds: readonly string[]): PlanSummary {
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
        writeDocument.run(id, document);
        insertRevision.run(id, 'autosave', '', 1, document, now);
        replaceRisks(id, riskIds);
      })();
      return this.get(id)!;
    },

    /** Writes the document if nobody saved since `expectedVersion`: one transaction, all or nothing. */
    saveDocument(
      id: string,
      expectedVersion: number,
      document: string,
      riskIds: readonly string[],
    ): VersionedWrite<SaveResult> {
      return db.transaction((): VersionedWrite<SaveResult> => {
        const now = nowIso();
        const bumped = bump.get(now, id, expectedVersion) as { row_version: number; updated_at: string } | undefined;
        if (!bumped) return refusal(id);
        writeDocument.run(id, document);
        replaceRisks(id, riskIds);
        snapshotIfDue(id, bumped.row_version, document, now);
        return { ok: true, value: { rowVersion: bumped.row_version, updatedAt: bumped.updated_at } };
      })();
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
