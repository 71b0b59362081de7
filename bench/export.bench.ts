/**
 * Word export of a 200-page plan, next to two peers in the same run: pandoc writing the same
 * content from Markdown (goal: faster), and zlib deflating the XML our export contains, the floor
 * no .docx writer can beat (goal: within 3x). Medians are printed and written to
 * bench/results/export.json, never asserted. Without pandoc on the PATH the pandoc peer is skipped
 * with a message (Debian: apt-get install -y pandoc).
 *
 *   node --import tsx bench/export.bench.ts [--sections 134] [--rounds 5]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import type { BlockNode, InlineNode, StoredDocument } from '../shared/document/nodes';
import { exportDocx, shouldLayOutPages } from '../shared/export/document';
import { FIXTURE_COVER, largePlanDocument } from '../shared/export/fixture-documents';
import { DEFAULT_HOUSE_STYLE } from '../shared/export/house-style';

const { values } = parseArgs({
  options: {
    // 134 chapters of largePlanDocument lay out to about 200 A4 pages in LibreOffice.
    sections: { type: 'string', default: '134' },
    rounds: { type: 'string', default: '5' },
  },
});
const SECTIONS = Number(values.sections);
const ROUNDS = Number(values.rounds);

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function time<T>(run: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

async function measure<T>(label: string, run: () => T | Promise<T>): Promise<{ median: number; last: T }> {
  await run(); // warm-up, as an app that has exported once already
  const samples: number[] = [];
  let last: T | undefined;
  for (let round = 0; round < ROUNDS; round += 1) {
    const { ms, value } = await time(run);
    samples.push(ms);
    last = value;
  }
  const result = median(samples);
  console.log(
    `${label.padEnd(44)} median ${result.toFixed(0).padStart(6)} ms  (${samples.map((ms) => ms.toFixed(0)).join(', ')})`,
  );
  return { median: result, last: last as T };
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

  console.log(
    `The app's default ('auto') ${shouldLayOutPages(document) ? 'lays out the pages' : 'leaves page numbers to Word'} for this plan.\n`,
  );
  const withLayout = await measure('ours, contents pre-filled with page numbers', () =>
    exportDocx({ ...request, estimatePageNumbers: true }),
  );
  const withoutLayout = await measure('ours, page numbers left to Word', () =>
    exportDocx({ ...request, estimatePageNumbers: false }),
  );

  const xmlParts = Object.values(unzipSync(withoutLayout.last, { filter: (file) => /\.(xml|rels)$/.test(file.name) }));
  const xmlBytes = xmlParts.reduce((sum, part) => sum + part.length, 0);
  const floor = await measure(
    `floor: zlib deflate of the same XML (${(xmlBytes / 1024 / 1024).toFixed(1)} MB)`,
    () => xmlParts.map((part) => deflateRawSync(part)).length,
  );

  let pandoc: number | null = null;
  if (spawnSync('pandoc', ['--version']).status === 0) {
    const dir = mkdtempSync(join(tmpdir(), 'cplan-bench-'));
    try {
      const markdown = join(dir, 'plan.md');
      writeFileSync(markdown, toMarkdown(document));
      pandoc = (
        await measure('pandoc, same content from Markdown', () =>
          execFileSync('pandoc', ['-f', 'markdown', '-t', 'docx', '--toc', '-o', join(dir, 'pandoc.docx'), markdown]),
        )
      ).median;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } else {
    console.log('pandoc is not installed: its peer is skipped (apt-get install -y pandoc).');
  }

  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  console.log('');
  for (const [label, ours] of [
    ['with page numbers', withLayout.median],
    ['without page numbers', withoutLayout.median],
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
        medianMs: {
          withPageNumbers: withLayout.median,
          withoutPageNumbers: withoutLayout.median,
          floor: floor.median,
          pandoc,
        },
        docxBytes: withLayout.last.length,
        xmlBytes,
      },
      null,
      2,
    )}\n`,
  );
}

await main();
