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
import { readdirSync, readFileSync } from 'node:fs';
import { heading, paragraph, storedDocument } from '#shared/document/build';
import { documentParts } from '#shared/document/sections';
import { DEFAULT_MATRIX, DEFAULT_PHASE_DEFINITIONS } from '#shared/domain';
import { generatePlan, type PlanContext } from '#shared/generate';
import { parseTemplate } from '#shared/templates';
import { sectionTexts } from '#electron/services/search/section-text';
import type { BlockNode } from '#shared/document/nodes';
import { SAMPLE_WORKSPACE_ID } from '#electron/db/sample';
import { createPlanRepository } from '#electron/db/repositories/plans';
import { createPlanIndexer } from '#electron/services/search/search-service';
import { openBackend } from '#electron/services/backend';
import { call } from '#electron/test-support/call';

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
const ROOT = join(import.meta.dirname, '..');

/** Deterministic pseudo-random numbers, so every run indexes the same text. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
const next = random(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

/**
 * Plan text as plans really read: sections of the built-in library generated for a sample context
 * (the prose every mission shares), each plan adding names and places of its own.
 */
const library = readdirSync(join(ROOT, 'templates'))
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .flatMap((name) => {
    const parsed = parseTemplate(readFileSync(join(ROOT, 'templates', name), 'utf8'));
    return parsed.meta ? [parsed] : [];
  });
const context: PlanContext = {
  workspace: { name: 'Mission to Karavia', marking: 'RESTRICTED' },
  site: { id: 'hq', name: 'Head Office Velmar', kind: 'office', address: '14 Embankment Street' },
  sites: [],
  risks: [],
  people: [],
  phases: DEFAULT_PHASE_DEFINITIONS.map((phase) => ({ ...phase })),
  targets: [],
  matrix: DEFAULT_MATRIX,
  today: '2026-11-22',
};
const pool = library.flatMap((template) =>
  sectionTexts(
    generatePlan(template.document, context, { templateId: template.meta!.id, templateVersion: '1' }),
  ).filter((section) => section.body.length > 200),
);
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** Names of people and places: rare words, each in a few plans only. */
const names = Array.from({ length: 5000 }, () =>
  Array.from({ length: 5 + Math.floor(next() * 6) }, () => pick([...LETTERS])).join(''),
);
const proseWords = [...new Set(pool.flatMap((section) => section.body.toLowerCase().match(/[a-z]{4,}/g) ?? []))];
const firstWords = (text: string, count: number) => text.split(/\s+/).slice(0, count).join(' ');

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? Number.NaN;
}

const dir = values.keep ?? mkdtempSync(join(tmpdir(), 'cplan-bench-search-'));
mkdirSync(dir, { recursive: true });
try {
  const backend = openBackend({ dataDir: dir, transport: 'cli', samplePlan: false, indexDelayMs: 5 });
  const repository = createPlanRepository(backend.db);
  const existing = backend.db.prepare('SELECT count(*) FROM plans').pluck().get() as number;
  let started = performance.now();
  if (existing < PLANS)
    backend.db.transaction(() => {
      for (let index = 0; index < PLANS; index += 1) {
        const blocks: BlockNode[] = [];
        for (let section = 0; section < 8; section += 1) {
          const source = pick(pool);
          blocks.push(
            heading('h2', source.heading),
            paragraph(firstWords(source.body, 80)),
            paragraph(`Contact ${pick(names)} ${pick(names)} at ${pick(names)} (${pick(names)} district).`),
          );
        }
        const document = storedDocument({ title: `Plan ${index}`, kind: 'contingency' }, blocks);
        repository.insert(
          {
            workspaceId: SAMPLE_WORKSPACE_ID,
            siteId: null,
            kind: 'contingency',
            title: `Plan ${index}: ${pick(names)}`,
            templateId: 'bench',
            templateVersion: '1.0.0',
          },
          documentParts(document),
          [],
        );
      }
    })();
  const insertMs = performance.now() - started;
  started = performance.now();
  const indexer = createPlanIndexer({ db: backend.db, delayMs: 60_000 });
  backend.db.transaction(() => indexer.flush())();
  const indexMs = performance.now() - started;
  const sections = backend.db.prepare('SELECT count(*) FROM plan_sections').pluck().get() as number;
  console.log(
    `${PLANS} plans, ${sections} indexed sections; stored in ${(insertMs / 1000).toFixed(1)} s, indexed in ${(indexMs / 1000).toFixed(1)} s`,
  );

  const queries = Array.from({ length: QUERIES }, (_, index) => {
    switch (index % 4) {
      case 0:
        return pick(proseWords); // a word of the shared prose: in thousands of sections
      case 1:
        return pick(names); // a name: in a handful of plans
      case 2:
        return `${pick(proseWords)} ${pick(proseWords)}`;
      default:
        return pick([...proseWords, ...names]).slice(0, 3 + Math.floor(next() * 3)); // a word being typed
    }
  });

  const KINDS = ['prose word', 'name', 'two prose words', 'prefix being typed'];
  const service: number[] = [];
  const byKind: number[][] = KINDS.map(() => []);
  let hits = 0;
  for (const [index, query] of queries.entries()) {
    const begin = performance.now();
    const result = await call(backend, 'search.query', { workspaceId: SAMPLE_WORKSPACE_ID, query, limit: 30 });
    const ms = performance.now() - begin;
    service.push(ms);
    byKind[index % 4]!.push(ms);
    hits += result.plans.length;
  }
  const like = backend.db.prepare('SELECT plan_id FROM plan_sections WHERE body LIKE ? LIMIT 30');
  const scan: number[] = [];
  for (const query of queries.slice(0, 40)) {
    const begin = performance.now();
    like.all(`%${query.split(' ')[0]}%`);
    scan.push(performance.now() - begin);
  }
  indexer.dispose();
  backend.close();

  const p50 = percentile(service, 0.5);
  const p99 = percentile(service, 0.99);
  console.log(
    `search.query over ${QUERIES} queries: p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms (goal: p99 under 20 ms) -> ${p99 < 20 ? 'met' : 'NOT met'}`,
  );
  KINDS.forEach((kind, index) =>
    console.log(
      `  ${kind.padEnd(20)} p50 ${percentile(byKind[index]!, 0.5).toFixed(1)} ms, p99 ${percentile(byKind[index]!, 0.99).toFixed(1)} ms`,
    ),
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
