import { describe, expect, it } from 'vitest';
import { useTempDirs } from '#electron/test-support/temp-dir';
import { openDatabase } from '#electron/db/open-database';
import { createPlanRepository } from '#electron/db/repositories/plans';

const tempDir = useTempDirs();

// Documents as plans stored them at schema 180, written out rather than built with today's code.
type Json = Record<string, unknown>;
const text = (value: string): Json => ({ type: 'text', version: 1, text: value, format: 0 });
const paragraph = (...children: Array<string | Json>): Json => ({
  type: 'paragraph',
  version: 1,
  children: children.map((child) => (typeof child === 'string' ? text(child) : child)),
});
const heading = (tag: 'h1' | 'h2', title: string): Json => ({
  type: 'heading',
  version: 1,
  tag,
  children: [text(title)],
});
const cited = (riskId: string): Json => ({ type: 'risk-reference', version: 1, riskId, title: riskId, level: null });
const document = (title: string, blocks: Json[]): Json => ({
  schemaVersion: 1,
  meta: { title, kind: 'contingency' },
  content: { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: blocks } },
});

const documents: Record<string, Json> = {
  p1: document('Flood plan', [
    paragraph('Before any heading'),
    heading('h1', 'Purpose'),
    paragraph('River Ostra ', cited('risk-flood')),
    heading('h2', 'Actions'),
    { type: 'action-table', version: 1, title: 'Actions', rows: [] },
    { type: 'risk-summary-table', version: 1, title: 'Risks', rows: [] },
    heading('h2', 'Contacts'),
    paragraph('Call ', cited('risk-flood'), ' and ', cited('risk-fire')),
  ]),
  p2: document('Empty plan', []),
  p3: document('Nested plan', [
    heading('h1', 'Steps'),
    {
      type: 'list',
      version: 1,
      listType: 'bullet',
      start: 1,
      tag: 'ul',
      children: [{ type: 'listitem', version: 1, value: 1, children: [text('Leave if '), cited('risk-quake')] }],
    },
  ]),
};

describe('migration 0190 (plan document sections)', () => {
  it('splits every stored document into sections with their risks, losing nothing', () => {
    const dir = tempDir();
    const before = openDatabase({ dataDir: dir, upTo: 180 }).db;
    before.prepare("INSERT INTO workspaces VALUES ('w', 'Mission', 'mission', '', '', 0, 't', 't')").run();
    for (const [id, document] of Object.entries(documents)) {
      before
        .prepare(
          `INSERT INTO plans (id, workspace_id, kind, title, row_version, created_at, updated_at)
           VALUES (?, 'w', 'contingency', ?, 4, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
        )
        .run(id, (document.meta as { title: string }).title);
      before.prepare('INSERT INTO plan_documents (plan_id, document) VALUES (?, ?)').run(id, JSON.stringify(document));
      before
        .prepare(
          "INSERT INTO plan_revisions (plan_id, kind, row_version, document, created_at) VALUES (?, 'autosave', 4, ?, '2026-01-01T00:00:00Z')",
        )
        .run(id, JSON.stringify(document));
    }
    before.prepare("INSERT INTO plan_risks VALUES ('p1', 'risk-fire'), ('p1', 'risk-flood')").run();
    before.close();

    const { db } = openDatabase({ dataDir: dir, upTo: 190 });
    try {
      const plans = createPlanRepository(db);
      for (const [id, document] of Object.entries(documents)) {
        expect(JSON.parse(plans.document(id)!)).toEqual(document);
        expect(JSON.parse(plans.revision(plans.revisions(id)[0]!.id)!.document)).toEqual(document);
      }
      const sections = db
        .prepare(
          "SELECT position, content, risk_ids FROM plan_document_sections WHERE plan_id = 'p1' ORDER BY position",
        )
        .all() as Array<{ position: number; content: string; risk_ids: string }>;
      expect(sections.map((section) => section.position)).toEqual([0, 1, 2, 3]);
      expect(sections.map((section) => (JSON.parse(section.content) as unknown[]).length)).toEqual([1, 2, 3, 2]);
      expect(sections.map((section) => JSON.parse(section.risk_ids) as string[])).toEqual([
        [],
        ['risk-flood'],
        [],
        ['risk-fire', 'risk-flood'],
      ]);
      expect(db.prepare("SELECT count(*) FROM plan_document_sections WHERE plan_id = 'p2'").pluck().get()).toBe(0);
      expect(db.prepare("SELECT risk_ids FROM plan_document_sections WHERE plan_id = 'p3'").pluck().all()).toEqual([
        '["risk-quake"]',
      ]);
      expect(plans.riskIds('p1')).toEqual(['risk-fire', 'risk-flood']);
      expect(db.prepare("SELECT row_version FROM plans WHERE id = 'p1'").pluck().get()).toBe(4);

      // Saving on the migrated plan keeps the other sections and follows their risks.
      const saved = plans.saveSections('p1', 4, undefined, [
        { unchanged: 0 },
        { unchanged: 1 },
        { json: JSON.stringify([heading('h2', 'Actions')]), riskIds: [] },
      ]);
      expect(saved.ok).toBe(true);
      expect(plans.riskIds('p1')).toEqual(['risk-flood']);
      db.prepare("DELETE FROM plans WHERE id = 'p1'").run();
      expect(db.prepare("SELECT count(*) FROM plan_document_sections WHERE plan_id = 'p1'").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
