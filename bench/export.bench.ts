/**
 * Word export of a 200-page plan as the app does it (contents pre-filled with estimated page
 * numbers, zipped with Node's zlib), next to two peers in the same run: pandoc writing the same
 * content from Markdown (goal: faster), and zlib deflating the XML our export contains, the floor
 * no .docx writer can beat (goal: within 3x). Two variants are measured for information: the
 * browser-safe default codec (fflate) and page numbers left to Word. Ours and the floor run
 * round-robin after a few warm-up rounds, so that load and JIT warm-up fall on all alike; the
 * first, cold run is printed too. Medians are printed and written to bench/results/export.json,
 * never asserted. Without pandoc on the PATH the pandoc
 * peer is skipped with a message (Debian: apt-get install -y pandoc).
 *
 *   node --import tsx bench/export.bench.ts [--sections 134] [--rounds 15] [--warmup 3]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import type { BlockNode, InlineNode, StoredDocument } from '#shared/document/nodes';
import { NODE_ZIP_CODEC } from '#electron/services/export/node-codec';
import { exportDocx } from '#shared/export/document';
import { FIXTURE_COVER, largePlanDocument } from '#shared/export/fixture-documents';
import { DEFAULT_HOUSE_STYLE } from '#shared/export/house-style';

const { values } = parseArgs({
  options: {
    // 134 chapters of largePlanDocument lay out to about 200 A4 pages in LibreOffice.
    sections: { type: 'string', default: '134' },
    rounds: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '3' },
  },
});
const SECTIONS = Number(values.sections);
const ROUNDS = Number(values.rounds);
const WARMUP = Math.max(1, Number(values.warmup));

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function time<T>(run: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

interface Subject {
  label: string;
  run: () => unknown;
}

interface Measured {
  median: number;
  /** The very first run, cold: what an export in a fresh worker costs. */
  first: number;
}

/**
 * Runs the subjects round-robin, so that load from other processes and the JIT warming up fall
 * on all of them alike, after a few warm-up rounds (an app that has exported a few times already).
 */
async function measureTogether(subjects: readonly Subject[]): Promise<Measured[]> {
  const first: number[] = [];
  for (const subject of subjects) first.push((await time(subject.run)).ms);
  for (let round = 1; round < WARMUP; round += 1) for (const subject of subjects) await subject.run();
  const samples = subjects.map((): number[] => []);
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [index, subject] of subjects.entries()) samples[index]?.push((await time(subject.run)).ms);
  }
  return subjects.map((subject, index) => {
    const own = samples[index] ?? [];
    const result = { median: median(own), first: first[index] ?? Number.NaN };
    console.log(
      `${subject.label.padEnd(44)} median ${result.median.toFixed(0).padStart(6)} ms  first ${result.first.toFixed(0)} ms  (${own.map((ms) => ms.toFixed(0)).join(', ')})`,
    );
    return result;
  });
}

function inlineMarkdown(nodes: readonly InlineNode[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return node.format & 1 ? `**${node.text}**` : node.format & 2 ? `*${node.text}*` : node.text;
        case 'linebreak':
          return '\\\n';
        case 'link':
          return `[${inlineMarkdown(node.children)}](${node.url})`;
        case 'field':
          return node.value ?? `[${node.label}]`;
        case 'risk-reference':
          return node.title;
      }
    })
    .join('');
}

/** The same content as Markdown: headings, paragraphs, bullets and the action tables as pipe tables. */
function toMarkdown(document: StoredDocument): string {
  const lines: string[] = [];
  const block = (node: BlockNode) => {
    if (node.type === 'heading')
      lines.push(`${'#'.repeat(Number(node.tag.slice(1)))} ${inlineMarkdown(node.children)}`, '');
    else if (node.type === 'paragraph') lines.push(inlineMarkdown(node.children), '');
    else if (node.type === 'list') {
      for (const item of node.children)
        lines.push(`- ${inlineMarkdown(item.children.filter((child): child is InlineNode => child.type !== 'list'))}`);
      lines.push('');
    } else if (node.type === 'action-table') {
      lines.push(`**${node.title}**`, '', '| Trigger | Action | Responsible | When |', '|---|---|---|---|');
      for (const row of node.rows) lines.push(`| ${row.trigger} | ${row.action} | ${row.responsible} | ${row.when} |`);
      lines.push('');
    } else throw new Error(`The benchmark document has no ${node.type}`);
  };
  document.content.root.children.forEach(block);
  return lines.join('\n');
}

async function main() {
  const document = largePlanDocument(SECTIONS);
  const request = { document, style: DEFAULT_HOUSE_STYLE, cover: FIXTURE_COVER };
  console.log(
    `Word export of a plan of ${SECTIONS} chapters (about ${Math.round(SECTIONS * 1.5)} pages), ${ROUNDS} rounds each\n`,
  );

  const bytes = await exportDocx(request, { codec: NODE_ZIP_CODEC });
  const xmlParts = Object.values(unzipSync(bytes, { filter: (file) => /\.(xml|rels)$/.test(file.name) }));
  const xmlBytes = xmlParts.reduce((sum, part) => sum + part.length, 0);
  const [app, browser, withoutNumbers, floor] = await measureTogether([
    {
      label: 'ours, as the app exports (page numbers, zlib 2)',
      run: () => exportDocx(request, { codec: NODE_ZIP_CODEC }),
    },
    { label: 'ours, browser-safe codec (fflate level 1)', run: () => exportDocx(request) },
    {
      label: 'ours, page numbers left to Word',
      run: () => exportDocx({ ...request, estimatePageNumbers: false }, { codec: NODE_ZIP_CODEC }),
    },
    {
      label: `floor: zlib deflate of the same XML (${(xmlBytes / 1024 / 1024).toFixed(1)} MB)`,
      run: () => xmlParts.map((part) => deflateRawSync(part)).length,
    },
  ]);
  if (!app || !browser || !withoutNumbers || !floor) throw new Error('A subject was not measured.');

  let pandoc: number | null = null;
  if (spawnSync('pandoc', ['--version']).status === 0) {
    const dir = mkdtempSync(join(tmpdir(), 'cplan-bench-'));
    try {
      const markdown = join(dir, 'plan.md');
      writeFileSync(markdown, toMarkdown(document));
      pandoc =
        (
          await measureTogether([
            {
              label: 'pandoc, same content from Markdown',
              run: () =>
                execFileSync('pandoc', [
                  '-f',
                  'markdown',
                  '-t',
                  'docx',
                  '--toc',
                  '-o',
                  join(dir, 'pandoc.docx'),
                  markdown,
                ]),
            },
          ])
        )[0]?.median ?? null;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } else {
    console.log('pandoc is not installed: its peer is skipped (apt-get install -y pandoc).');
  }

  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  console.log('');
  for (const [label, ours] of [
    ["the app's export", app.median],
    ['browser-safe codec', browser.median],
    ['without page numbers', withoutNumbers.median],
  ] as const) {
    const versusPandoc = pandoc === null ? 'n/a' : `${ratio(ours, pandoc)}x pandoc (goal < 1)`;
    console.log(`${label.padEnd(22)} ${versusPandoc}, ${ratio(ours, floor.median)}x the floor (goal <= 3)`);
  }

  mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(
    join(import.meta.dirname, 'results/export.json'),
    `${JSON.stringify(
      {
        sections: SECTIONS,
        rounds: ROUNDS,
        warmup: WARMUP,
        medianMs: {
          app: app.median,
          appFirstRun: app.first,
          browserCodec: browser.median,
          withoutPageNumbers: withoutNumbers.median,
          floor: floor.median,
          pandoc,
        },
        docxBytes: bytes.length,
        xmlBytes,
      },
      null,
      2,
    )}\n`,
  );
}

await main();
