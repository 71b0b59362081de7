/**
 * Autosave of a 200-page plan as the app does it: the renderer's autosaver cuts the document into
 * sections and sends only the changed one (`plans.saveSections`); the service call is timed with
 * its input validation (zod), one SQLite transaction with synchronous=FULL, revision snapshot and
 * plan-risk links. Peers: writing the whole plan's JSON to a file with fsync (the "same
 * bytes", goal: within 2x), and writing only the changed section's bytes with fsync, both right
 * after each save so that they see the same disk and load. Each save changes one paragraph, as
 * typing does. The whole-document `plans.save` (CLI, import) and the
 * debounced search re-index are timed on their own. p50/p99 are printed and written to
 * bench/results/autosave.json, never asserted.
 *
 *   node --import tsx bench/autosave.bench.ts [--sections 134] [--saves 40]
 */
import { closeSync, fsyncSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contract } from '#shared/contract';
import { paragraph } from '#shared/document/build';
import type { StoredDocument } from '#shared/document/nodes';
import { sectionPart, sectionsOf } from '#shared/document/sections';
import { largePlanDocument } from '#shared/export/fixture-documents';
import { SAMPLE_WORKSPACE_ID } from '#electron/db/sample';
import { createPlanRepository } from '#electron/db/repositories/plans';
import { createPlanIndexer } from '#electron/services/search/search-service';
import { openBackend } from '#electron/services/backend';
import { call } from '#electron/test-support/call';
import { createAutosaver, type SectionsSave } from '#renderer/features/plans/autosave';

const { values } = parseArgs({
  options: { sections: { type: 'string', default: '134' }, saves: { type: 'string', default: '40' } },
});
const SECTIONS = Number(values.sections);
const SAVES = Number(values.saves);

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? Number.NaN;
}

function report(label: string, samples: number[]) {
  const p50 = percentile(samples, 0.5);
  const p99 = percentile(samples, 0.99);
  console.log(`${label.padEnd(52)} p50 ${p50.toFixed(1).padStart(7)} ms   p99 ${p99.toFixed(1).padStart(7)} ms`);
  return { p50, p99 };
}

/**
 * The fixture with the properties Lexical writes on every node (direction, format, indent, style,
 * mode...), so that its size matches what the editor really saves (DESIGN.md: ~3.8 MB for 200 pages).
 */
function asLexicalSaves(document: StoredDocument): StoredDocument {
  const dress = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(dress);
    if (typeof node !== 'object' || node === null) return node;
    const record = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, dress(value)]));
    if (record.type === 'text') return { detail: 0, mode: 'normal', style: '', ...record };
    if ('children' in record)
      return { direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', ...record };
    return record;
  };
  return dress(document) as StoredDocument;
}

/** Index of the edited block: a paragraph in the middle of the plan (never a heading, so no section is cut). */
let EDITED = 0;

/** The document after one more keystroke-sized change. */
function edited(base: StoredDocument, round: number): StoredDocument {
  const children = [...base.content.root.children];
  children[EDITED] = paragraph(`Edited paragraph, round ${round}.`);
  return { ...base, content: { root: { ...base.content.root, children } } };
}

function writeWithFsync(file: string, text: string): number {
  const started = performance.now();
  const fd = openSync(file, 'w');
  writeSync(fd, text);
  fsyncSync(fd);
  closeSync(fd);
  return performance.now() - started;
}

const dir = mkdtempSync(join(tmpdir(), 'cplan-bench-autosave-'));
try {
  // Revisions every save would be unusual (the app snapshots at most every 2 minutes); default policy.
  const backend = openBackend({ dataDir: dir, transport: 'cli', samplePlan: false, indexDelayMs: 5 });
  const plan = await call(backend, 'plans.generate', {
    workspaceId: SAMPLE_WORKSPACE_ID,
    siteId: 'sample-site-hq',
    templateId: 'contingency-civil-unrest',
    riskIds: [],
  });
  const big = asLexicalSaves({ ...largePlanDocument(SECTIONS), meta: plan.document.meta });
  const bytes = JSON.stringify(big).length;
  console.log(`200-page plan: ${SECTIONS} chapters, ${(bytes / 1024 / 1024).toFixed(1)} MB of JSON, ${SAVES} saves`);

  const blocks = big.content.root.children;
  EDITED = blocks.findIndex((block, index) => index > blocks.length / 2 && block.type === 'paragraph');
  const sectionCount = sectionsOf(blocks).length;
  let version = (await call(backend, 'plans.save', { id: plan.id, expectedVersion: 1, document: big })).rowVersion;

  // What the renderer sends: its autosaver, fed one edited document per round. Its saves are
  // recorded here and replayed against the service below, so that the service is timed without
  // the garbage the client's serialising leaves (in the app they are two processes).
  const client: number[] = [];
  const requests: Array<SectionsSave & { expectedVersion: number }> = [];
  const documents: string[] = [];
  const autosaver = createAutosaver({
    initialVersion: version,
    initialDocument: big,
    save: async (changes, expectedVersion) => {
      requests.push({ ...changes, expectedVersion });
      return { rowVersion: expectedVersion + 1, updatedAt: new Date().toISOString() };
    },
    onState: () => undefined,
    isConflict: () => false,
  });
  for (let round = 0; round < SAVES; round += 1) {
    const document = edited(big, round);
    autosaver.change(document);
    const started = performance.now();
    await autosaver.flush();
    client.push(performance.now() - started);
    documents.push(JSON.stringify(document));
  }
  autosaver.dispose();

  // The real path: each recorded save through the service as dispatch runs it (input validated),
  // the peers written right after it, so that both see the same disk and the same load.
  const service: number[] = [];
  const validation: number[] = [];
  const sentBytes: number[] = [];
  const file = join(dir, 'peer.json');
  const fsync: number[] = [];
  const fsyncSection: number[] = [];
  for (const [round, request] of requests.entries()) {
    const input = { id: plan.id, ...request };
    const changed = request.sections.flatMap((section) => ('blocks' in section ? [section.blocks] : []));
    if (changed.length !== 1) throw new Error(`expected one changed section, the autosaver sent ${changed.length}`);
    const sectionJson = JSON.stringify(changed[0]);
    sentBytes.push(sectionJson.length);
    let started = performance.now();
    contract['plans.saveSections'].input.parse(input);
    validation.push(performance.now() - started);
    started = performance.now();
    version = (await call(backend, 'plans.saveSections', input)).rowVersion;
    service.push(performance.now() - started);
    fsync.push(writeWithFsync(file, documents[round]!));
    fsyncSection.push(writeWithFsync(file, sectionJson));
  }

  // The whole document through `plans.save` (CLI, import, tests): validated and written whole.
  const whole: number[] = [];
  for (let round = 0; round < Math.min(SAVES, 20); round += 1) {
    const document = edited(big, 3000 + round);
    const started = performance.now();
    version = (await call(backend, 'plans.save', { id: plan.id, expectedVersion: version, document })).rowVersion;
    whole.push(performance.now() - started);
  }

  // The storage layer alone: one changed section, once the input is known to be valid.
  const plans = createPlanRepository(backend.db);
  const storage: number[] = [];
  const editedSection = sectionsOf(blocks.slice(0, EDITED + 1)).length - 1;
  for (let round = 0; round < SAVES; round += 1) {
    const section = sectionsOf(edited(big, 2000 + round).content.root.children)[editedSection]!;
    const sections = Array.from({ length: sectionCount }, (_, index) =>
      index === editedSection ? sectionPart(section) : { unchanged: index },
    );
    const started = performance.now();
    const result = plans.saveSections(plan.id, version, undefined, sections);
    storage.push(performance.now() - started);
    if (!result.ok) throw new Error(`storage save refused: ${result.reason}`);
    version = result.value.rowVersion;
  }

  const indexer = createPlanIndexer({ db: backend.db, delayMs: 60_000 });
  const reindex: number[] = [];
  for (let round = 0; round < Math.min(SAVES, 15); round += 1) {
    version = (
      await call(backend, 'plans.save', { id: plan.id, expectedVersion: version, document: edited(big, 1000 + round) })
    ).rowVersion;
    const started = performance.now();
    indexer.flush();
    reindex.push(performance.now() - started);
  }
  indexer.dispose();
  backend.close();

  console.log(
    `${sectionCount} sections; the autosaver sends one, ${(percentile(sentBytes, 0.5) / 1024).toFixed(1)} kB of blocks`,
  );
  const saved = report('plans.saveSections, one section changed', service);
  const parts = report('  of which: input validation (zod)', validation);
  const stored = report('  storage alone: one section + SQLite transaction', storage);
  const clientSide = report('renderer autosaver: cut into sections + compare', client);
  const wholeSave = report('plans.save of the whole document (CLI, import)', whole);
  const peer = report('peer: write the whole plan JSON + fsync', fsync);
  const sectionPeer = report('peer: write only the changed section + fsync', fsyncSection);
  const index = report('search re-index after a one-paragraph edit', reindex);
  console.log(
    `ratio to the whole plan + fsync: p50 ${(saved.p50 / peer.p50).toFixed(1)}x, p99 ${(saved.p99 / peer.p99).toFixed(1)}x (goal: within 2x)`,
  );
  console.log(
    `ratio to the changed section + fsync: p50 ${(saved.p50 / sectionPeer.p50).toFixed(1)}x, p99 ${(saved.p99 / sectionPeer.p99).toFixed(1)}x`,
  );

  mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(
    join(import.meta.dirname, 'results/autosave.json'),
    `${JSON.stringify(
      {
        sections: SECTIONS,
        bytes,
        saves: SAVES,
        save: saved,
        validation: parts,
        storage: stored,
        client: clientSide,
        wholeSave,
        fsyncPeer: peer,
        fsyncSectionPeer: sectionPeer,
        reindex: index,
      },
      null,
      2,
    )}\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
