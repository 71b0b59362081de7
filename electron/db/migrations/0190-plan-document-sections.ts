import type { Migration } from '#electron/db/migration';

// Frozen copies of how the app split a document when this migration shipped (shared/document
// sections.ts and walk.ts then): the migration must give the same result whatever they become.

interface StoredNode {
  type: string;
  children?: StoredNode[];
  otherwise?: StoredNode[];
  riskId?: string;
  rows?: Array<{ riskId?: string }>;
}

interface Stored {
  content: { root: { children: StoredNode[] } & Record<string, unknown> };
}

const HEAD_END = '[]}}}';

/** The document without its blocks, `content.root.children` written last as `[]`. */
function headOf(document: Stored): string {
  const { content, ...rest } = document;
  const { children: _blocks, ...root } = content.root;
  const json = JSON.stringify({ ...rest, content: { root: { ...root, children: [] } } });
  if (!json.endsWith(HEAD_END)) throw new Error('A document head must end with its (empty) blocks');
  return json;
}

/** Runs of top-level blocks, each starting at a heading; blocks before the first one form the first. */
function sectionsOf(blocks: readonly StoredNode[]): StoredNode[][] {
  const sections: StoredNode[][] = [];
  for (const block of blocks) {
    const current = sections.at(-1);
    if (!current || block.type === 'heading') sections.push([block]);
    else current.push(block);
  }
  return sections;
}

/** Ids of the risks cited (risk references and risk summary rows), sorted. */
function riskIdsOf(blocks: readonly StoredNode[]): string[] {
  const ids = new Set<string>();
  const visit = (nodes: readonly StoredNode[]): void => {
    for (const node of nodes) {
      if (node.type === 'risk-reference') ids.add(node.riskId!);
      if (node.type === 'risk-summary-table') for (const row of node.rows ?? []) ids.add(row.riskId!);
      // Only containers had children then (conditionals also `otherwise`); structured blocks have rows.
      visit(node.children ?? []);
      visit(node.otherwise ?? []);
    }
  };
  visit(blocks);
  return [...ids].sort();
}

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
      const document = JSON.parse(row.head) as Stored;
      writeHead.run(headOf(document), row.plan_id);
      sectionsOf(document.content.root.children).forEach((blocks, position) =>
        insertSection.run(row.plan_id, position, JSON.stringify(blocks), JSON.stringify(riskIdsOf(blocks))),
      );
    }
  },
};
