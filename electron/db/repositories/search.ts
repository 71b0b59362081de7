import type { Database } from '#electron/db/sqlite';
import type { PlanStatus } from '#shared/contract/plans';

export interface IndexedSection {
  heading: string;
  body: string;
}

export interface PlanSectionHit {
  planId: string;
  planTitle: string;
  status: PlanStatus;
  section: string;
  snippet: string;
}

export interface RiskHit {
  riskId: string;
  title: string;
  snippet: string;
}

/** Snippet markers (control characters that plan text never contains, see section-text.ts). */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

/**
 * Turns what a person types into an FTS5 query: every word must appear, as a word or a word
 * prefix. Quoting each word means FTS5 operators and punctuation in the input are plain text.
 */
export function toFtsQuery(input: string): string | null {
  const words = input.match(/[\p{L}\p{N}_]+/gu) ?? [];
  if (words.length === 0) return null;
  return words
    .slice(0, 20)
    .map((word) => `"${word}"*`)
    .join(' ');
}

/** Above this many matching sections, results are listed newest first instead of ranked. */
export const RANKED_MATCHES_AT_MOST = 2000;

/** The token in every indexed section of a workspace: FTS5 then filters by workspace itself. */
export function scopeToken(workspaceId: string): string {
  return `w${workspaceId.toLowerCase().replace(/[^a-z0-9]/g, '')}`;
}

export function createSearchRepository(db: Database) {
  const sectionsOf = db.prepare(
    'SELECT id, position, scope, heading, body FROM plan_sections WHERE plan_id = ? ORDER BY position',
  );
  const workspaceOf = db.prepare('SELECT workspace_id FROM plans WHERE id = ?').pluck();
  const insertSection = db.prepare(
    'INSERT INTO plan_sections (plan_id, position, scope, heading, body) VALUES (?, ?, ?, ?, ?)',
  );
  const updateSection = db.prepare('UPDATE plan_sections SET scope = ?, heading = ?, body = ? WHERE id = ?');
  const deleteFrom = db.prepare('DELETE FROM plan_sections WHERE plan_id = ? AND position >= ?');
  const markIndexed = db.prepare('UPDATE plans SET indexed_version = ? WHERE id = ?');

  return {
    /** Plans whose index lags behind their document. */
    stalePlans(): Array<{ id: string; rowVersion: number }> {
      return (
        db.prepare('SELECT id, row_version FROM plans WHERE indexed_version < row_version').all() as Array<{
          id: string;
          row_version: number;
        }>
      ).map((row) => ({ id: row.id, rowVersion: row.row_version }));
    },

    /** Rewrites only the sections whose text changed: a one-word edit touches one index row. */
    replaceSections(planId: string, rowVersion: number, sections: readonly IndexedSection[]): number {
      return db.transaction(() => {
        const workspaceId = workspaceOf.get(planId) as string | undefined;
        if (workspaceId === undefined) return 0;
        const scope = scopeToken(workspaceId);
        const existing = sectionsOf.all(planId) as Array<{
          id: number;
          position: number;
          scope: string;
          heading: string;
          body: string;
        }>;
        let written = 0;
        sections.forEach((section, position) => {
          const old = existing[position];
          if (!old) {
            insertSection.run(planId, position, scope, section.heading, section.body);
            written += 1;
          } else if (old.scope !== scope || old.heading !== section.heading || old.body !== section.body) {
            updateSection.run(scope, section.heading, section.body, old.id);
            written += 1;
          }
        });
        if (existing.length > sections.length) written += deleteFrom.run(planId, sections.length).changes;
        markIndexed.run(rowVersion, planId);
        return written;
      })();
    },

    /**
     * Best sections first. Ranking and snippets happen inside FTS5 and only the rows returned are
     * joined to their plans. Ranking costs time for every match, so a very broad query (a short
     * prefix being typed matches most sections) lists the newest matching sections instead.
     *
     * The workspace filter: the scope token keeps FTS5 to one workspace, but intersecting with a
     * large workspace's token costs more than the search itself. So the query first runs without
     * it, over-fetching, and keeps this workspace's rows; only when that leaves too few (other
     * workspaces crowded the top) does it run again restricted by scope, which is then cheap
     * because this workspace is the small one.
     */
    searchPlans(workspaceId: string, ftsQuery: string, limit: number): PlanSectionHit[] {
      const run = (match: string, fetch: number) => {
        const broad = db
          .prepare('SELECT 1 FROM plan_sections_fts WHERE plan_sections_fts MATCH ? LIMIT 1 OFFSET ?')
          .get(match, RANKED_MATCHES_AT_MOST);
        const order = broad ? 'rowid DESC' : 'rank';
        const rows = db
          .prepare(
            `SELECT s.plan_id AS planId, p.title AS planTitle, p.status AS status, s.heading AS section,
                    f.snippet AS snippet, p.workspace_id AS workspaceId
             FROM (
               SELECT rowid, rank, snippet(plan_sections_fts, 2, char(2), char(3), '…', 24) AS snippet
               FROM plan_sections_fts WHERE plan_sections_fts MATCH ? ORDER BY ${order} LIMIT ?
             ) f
             JOIN plan_sections s ON s.id = f.rowid
             JOIN plans p ON p.id = s.plan_id
             ORDER BY ${broad ? 'f.rowid DESC' : 'f.rank'}`,
          )
          .all(match, fetch) as Array<PlanSectionHit & { workspaceId: string }>;
        return { rows, truncated: rows.length === fetch };
      };
      const strip = (rows: Array<PlanSectionHit & { workspaceId: string }>) =>
        rows
          .filter((row) => row.workspaceId === workspaceId)
          .slice(0, limit)
          .map(({ workspaceId: _workspace, ...hit }) => hit);

      const fast = run(ftsQuery, limit * 3);
      const mine = strip(fast.rows);
      if (mine.length >= limit || !fast.truncated) return mine;
      return strip(run(`scope:${scopeToken(workspaceId)} AND (${ftsQuery})`, limit).rows);
    },

    searchRisks(workspaceId: string, ftsQuery: string, limit: number): RiskHit[] {
      return db
        .prepare(
          `SELECT rs.risk_id AS riskId, highlight(risk_search, 1, char(2), char(3)) AS title,
                  snippet(risk_search, 2, char(2), char(3), '…', 24) AS snippet
           FROM risk_search rs JOIN risks r ON r.id = rs.risk_id
           WHERE risk_search MATCH ? AND r.workspace_id = ?
           ORDER BY bm25(risk_search, 0.0, 4.0, 1.0)
           LIMIT ?`,
        )
        .all(ftsQuery, workspaceId, limit) as RiskHit[];
    },
  };
}

export type SearchRepository = ReturnType<typeof createSearchRepository>;
