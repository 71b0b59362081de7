import type { StoredDocument } from '#shared/document/nodes';
import { documentParts } from '#shared/document/sections';
import type { Migration } from '#electron/db/migration';

/**
 * Plan documents stored per section (DESIGN.md: "store and index per section"): an autosave then
 * validates and writes the sections that changed, not the whole plan. `plan_documents` keeps the
 * head (the document without its blocks); each section is a JSON array of top-level blocks with the
 * ids of the risks it cites, so the plan's risk links are kept without reading the other sections.
 * (`plan_sections` is the search index's table, which holds plain text.) Existing documents are
 * split here; assembling them again gives the same document.
 */
export const migration0190: Migration = {
  version: 190,
  name: 'plan-document-sections',
  up(db) {
    db.exec(`
      CREATE TABLE plan_document_sections (
        id INTEGER PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        content TEXT NOT NULL CHECK (json_type(content) = 'array'),
        risk_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_type(risk_ids) = 'array')
      ) STRICT;
      -- Not UNIQUE: a save moves kept sections one by one, through states where two share a position.
      CREATE INDEX plan_document_sections_by_plan ON plan_document_sections(plan_id, position);
      ALTER TABLE plan_documents RENAME COLUMN document TO head;
    `);
    const rows = db.prepare('SELECT plan_id, head FROM plan_documents').all() as Array<{
      plan_id: string;
      head: string;
    }>;
    const writeHead = db.prepare('UPDATE plan_documents SET head = ? WHERE plan_id = ?');
    const insertSection = db.prepare(
      'INSERT INTO plan_document_sections (plan_id, position, content, risk_ids) VALUES (?, ?, ?, ?)',
    );
    for (const row of rows) {
      // Stored documents were validated when saved.
      const parts = documentParts(JSON.parse(row.head) as StoredDocument);
      writeHead.run(parts.head, row.plan_id);
      parts.sections.forEach((section, position) =>
        insertSection.run(row.plan_id, position, section.json, JSON.stringify(section.riskIds)),
      );
    }
  },
};
