/**
 * Autosave of a 200-page plan through the real service (input validation, JSON, one SQLite
 * transaction with synchronous=FULL, revision snapshot, plan-risk links), next to its peer: writing
 * the same bytes to a file with fsync (goal: within 2x). Each save changes one paragraph, as typing
 * does. The debounced search re-index is timed on its own. p50/p99 are printed and written to
 * bench/results/autosave.json, never asserted.
 *
 *   node --import tsx bench/autosave.bench.ts [--sections 134] [--saves 40]
 */
import { closeSync, fsyncSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contract } from '../shared/contract';
import { paragraph } from '../shared/document/build';
import type { StoredDocument } from '../shared/document/nodes';
import { storedDocumentSchema } from '../shared/document/schema';
import { largePlanDocument } from '../shared/export/fixture-documents';
import { SAMPLE_WORKSPACE_ID } from '../electron/db/sample';
import { createPlanRepository } from '../electron/db/repositories/plans';
import { createPlanIndexer } from '../electron/services/search/search-service';
import { openPlanHarness } from '../electron/services/plans/test-harness';

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

/** The document after one more keystroke-sized change. */
function edited(base: StoredDocument, round: number): StoredDocument {
  const children = [...base.content.root.children];
  children[1] = paragraph(`Edited paragraph, round ${round}.`);
  return { ...base, content: { root: { ...base.content.root, children } } };
}

const dir = mkdtempSync(join(tmpdir(), 'cplan-bench-autosave-'));
try {
  // Revisions every save would be unusual (the app snapshots at most every 2 minutes); default policy.
  const harness = openPlanHarness(dir);
  const plan = await harness.call('plans.generate', {
    workspaceId: SAMPLE_WORKSPACE_ID,
    siteId: 'sample-site-hq',
    templateId: 'civil-unrest',
    riskIds: [],
  });
  const big = asLexicalSaves({ ...largePlanDocument(SECTIONS), meta: plan.document.meta });
  const bytes = JSON.stringify(big).length;
  console.log(`200-page plan: ${SECTIONS} chapters, ${(bytes / 1024 / 1024).toFixed(1)} MB of JSON, ${SAVES} saves`);

  let version = (await harness.call('plans.save', { id: plan.id, expectedVersion: 1, document: big })).rowVersion;
  const service: number[] = [];
  const validation: number[] = [];
  for (let round = 0; round < SAVES; round += 1) {
    const document = edited(big, round);
    let started = performance.now();
    contract['plans.save'].input.parse({ id: plan.id, expectedVersion: version, document });
    validation.push(performance.now() - started);
    started = performance.now();
    version = (await harness.call('plans.save', { id: plan.id, expectedVersion: version, document })).rowVersion;
    service.push(performance.now() - started);
  }

  // The storage layer alone: what the save costs once the input is known to be valid.
  const plans = createPlanRepository(harness.db);
  const storage: number[] = [];
  for (let round = 0; round < SAVES; round += 1) {
    const document = edited(big, 2000 + round);
    const started = performance.now();
    const result = plans.saveDocument(plan.id, version, JSON.stringify(document), []);
    storage.push(performance.now() - started);
    if (result.ok) version = result.value.rowVersion;
  }

  const indexer = createPlanIndexer(harness.db, 60_000);
  const reindex: number[] = [];
  for (let round = 0; round < Math.min(SAVES, 15); round += 1) {
    version = (
      await harness.call('plans.save', { id: plan.id, expectedVersion: version, document: edited(big, 1000 + round) })
    ).rowVersion;
    const started = performance.now();
    indexer.flush();
    reindex.push(performance.now() - started);
  }
  indexer.dispose();
  harness.close();

  const file = join(dir, 'peer.json');
  const fsync: number[] = [];
  for (let round = 0; round < SAVES; round += 1) {
    const text = JSON.stringify(edited(big, round));
    const started = performance.now();
    const fd = openSync(file, 'w');
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fsync.push(performance.now() - started);
  }
  const stringify: number[] = [];
  for (let round = 0; round < SAVES; round += 1) {
    const document = edited(big, round);
    const started = performance.now();
    JSON.stringify(storedDocumentSchema.parse(document));
    stringify.push(performance.now() - started);
  }

  const saved = report('plans.save (validate + write + snapshot), per save', service);
  const parts = report('  of which: input validation (zod)', validation);
  report('  of which: validation + JSON.stringify', stringify);
  const stored = report('  storage alone: JSON.stringify + SQLite transaction', storage);
  const peer = report('peer: write the same bytes + fsync', fsync);
  const index = report('search re-index after a one-paragraph edit', reindex);
  console.log(
    `ratio p50 ${(saved.p50 / peer.p50).toFixed(1)}x, p99 ${(saved.p99 / peer.p99).toFixed(1)}x (goal: within 2x)`,
  );

  mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(
    join(import.meta.dirname, 'results/autosave.json'),
    `${JSON.stringify({ sections: SECTIONS, bytes, saves: SAVES, save: saved, validation: parts, storage: stored, fsyncPeer: peer, reindex: index }, null, 2)}\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
