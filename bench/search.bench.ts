/**
 * Search over 10,000 plans through the real service (`search.query`: FTS5 over plan sections with
 * bm25 ranking and highlighted snippets, plus the risk index), goal p99 under 20 ms. Queries mix
 * frequent, rare, two-word and prefix searches. The peer is a plain LIKE scan of the same section
 * text, what search would cost without an index. Figures are printed and written to
 * bench/results/search.json, never asserted.
 *
 *   node --import tsx bench/search.bench.ts [--plans 10000] [--queries 300]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { heading, paragraph, storedDocument } from '../shared/document/build';
import type { BlockNode } from '../shared/document/nodes';
import { SAMPLE_WORKSPACE_ID } from '../electron/db/sample';
import { createPlanRepository } from '../electron/db/repositories/plans';
import { createPlanIndexer } from '../electron/services/search/search-service';
import { openPlanHarness } from '../electron/services/plans/test-harness';

const { values } = parseArgs({
  options: {
    plans: { type: 'string', default: '10000' },
    queries: { type: 'string', default: '300' },
    /** Keep the database in this folder (and reuse it when it exists) to compare query variants quickly. */
    keep: { type: 'string' },
  },
});
const PLANS = Number(values.plans);
const QUERIES = Number(values.queries);

/** Deterministic pseudo-random numbers, so every run indexes the same text. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
const next = random(42);
const SYLLABLES = [
  'ka',
  'ro',
  'vel',
  'mar',
  'dra',
  'vik',
  'os',
  'tra',
  'lin',
  'sel',
  'por',
  'ten',
  'qu',
  'zan',
  'bel',
  'rin',
];
const vocabulary = Array.from(
  { length: 4000 },
  (_, index) =>
    Array.from(
      { length: 2 + (index % 3) },
      (_, part) => SYLLABLES[(index * 7 + part * 5 + index * part) % SYLLABLES.length],
    ).join('') + (index >= SYLLABLES.length ? String(index) : ''),
);
/** Zipf-like: a few words are everywhere, most are rare, as in real prose. */
const word = () => vocabulary[Math.floor(vocabulary.length * next() ** 3)]!;
const sentence = (words: number) => Array.from({ length: words }, word).join(' ');

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? Number.NaN;
}

const dir = values.keep ?? mkdtempSync(join(tmpdir(), 'cplan-bench-search-'));
mkdirSync(dir, { recursive: true });
try {
  const harness = openPlanHarness(dir);
  const repository = createPlanRepository(harness.db);
  const existing = harness.db.prepare('SELECT count(*) FROM plans').pluck().get() as number;
  let started = performance.now();
  if (existing < PLANS)
    harness.db.transaction(() => {
      for (let index = 0; index < PLANS; index += 1) {
        const blocks: BlockNode[] = [];
        for (let section = 0; section < 8; section += 1) {
          blocks.push(
            heading('h2', `${section + 1}. ${sentence(3)}`),
            paragraph(sentence(40)),
            paragraph(sentence(30)),
          );
        }
        const document = storedDocument({ title: `Plan ${index}`, kind: 'contingency' }, blocks);
        repository.insert(
          {
            workspaceId: SAMPLE_WORKSPACE_ID,
            siteId: null,
            kind: 'contingency',
            title: `Plan ${index}: ${sentence(2)}`,
            templateId: 'bench',
            templateVersion: '1.0.0',
          },
          JSON.stringify(document),
          [],
        );
      }
    })();
  const insertMs = performance.now() - started;
  started = performance.now();
  const indexer = createPlanIndexer(harness.db, 60_000);
  harness.db.transaction(() => indexer.flush())();
  const indexMs = performance.now() - started;
  const sections = harness.db.prepare('SELECT count(*) FROM plan_sections').pluck().get() as number;
  console.log(
    `${PLANS} plans, ${sections} indexed sections; stored in ${(insertMs / 1000).toFixed(1)} s, indexed in ${(indexMs / 1000).toFixed(1)} s`,
  );

  const queries = Array.from({ length: QUERIES }, (_, index) => {
    switch (index % 4) {
      case 0:
        return vocabulary[Math.floor(next() * 20)]!; // frequent word
      case 1:
        return vocabulary[200 + Math.floor(next() * 3000)]!; // rare word
      case 2:
        return `${word()} ${word()}`; // two words
      default:
        return vocabulary[Math.floor(next() * 400)]!.slice(0, 4); // a prefix being typed
    }
  });

  const service: number[] = [];
  let hits = 0;
  for (const query of queries) {
    const begin = performance.now();
    const result = await harness.call('search.query', { workspaceId: SAMPLE_WORKSPACE_ID, query, limit: 30 });
    service.push(performance.now() - begin);
    hits += result.plans.length;
  }
  const like = harness.db.prepare('SELECT plan_id FROM plan_sections WHERE body LIKE ? LIMIT 30');
  const scan: number[] = [];
  for (const query of queries.slice(0, 40)) {
    const begin = performance.now();
    like.all(`%${query.split(' ')[0]}%`);
    scan.push(performance.now() - begin);
  }
  indexer.dispose();
  harness.close();

  const p50 = percentile(service, 0.5);
  const p99 = percentile(service, 0.99);
  console.log(
    `search.query over ${QUERIES} queries: p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms (goal: p99 under 20 ms) -> ${p99 < 20 ? 'met' : 'NOT met'}`,
  );
  console.log(`  ${(hits / QUERIES).toFixed(1)} plan sections returned per query on average (limit 30)`);
  console.log(
    `peer: LIKE scan of the section text: p50 ${percentile(scan, 0.5).toFixed(1)} ms, p99 ${percentile(scan, 0.99).toFixed(1)} ms`,
  );

  mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(
    join(import.meta.dirname, 'results/search.json'),
    `${JSON.stringify(
      {
        plans: PLANS,
        sections,
        queries: QUERIES,
        p50,
        p99,
        likeP50: percentile(scan, 0.5),
        likeP99: percentile(scan, 0.99),
        insertMs,
        indexMs,
      },
      null,
      2,
    )}\n`,
  );
} finally {
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}
