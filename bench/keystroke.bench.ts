/**
 * Keystroke latency while typing in the middle of a 200-page plan (about 25,000 nodes) in
 * Chromium, next to its peer: the same text in a bare contenteditable. Goal (issue 5): p99 under
 * 16 ms. Figures are printed and written to bench/results/keystroke.json, never asserted.
 *
 *   node --import tsx bench/keystroke.bench.ts [--pages 200] [--rounds 3] [--keys 200]
 *
 * What is measured (bench/editor-harness/keystroke-probe.ts): from the key event's time stamp
 * (so time queued behind earlier work counts) to the end of the main thread's paint of the first
 * frame after the keystroke's last event. `latency` is that whole span; `work` leaves out the idle
 * wait for the next frame to begin (0-16.7 ms at 60 Hz, which no code can shorten and which alone
 * puts an empty page's latency p99 near 17 ms). The goal applies to `work`: under 16 ms, every
 * keystroke shows in the next frame.
 *
 * The browser: headless Chromium with software rendering, 60 Hz frames. The page is visible and
 * focused (document.visibilityState, hasFocus), so it is not throttled as a background page; the
 * flags below say so explicitly, as a foreground Electron window effectively is. Frame rate and
 * vsync are left alone: a real window has them. Measured alternatives, none changing the figures
 * beyond noise: --disable-frame-rate-limit, --disable-gpu-vsync (headless keeps 60 Hz),
 * --run-all-compositor-stages-before-draw. The Event Timing API is not used: without a display,
 * headless Chromium reports durations of seconds for frames it never presents.
 *
 * The caret is placed in a text run (a click on the paragraph's centre could open a field's form
 * and measure typing into that), and the typed text is checked to be in the document.
 *
 * The editor groups the plan's top-level blocks into one <section> per chapter (about 100 here,
 * renderer/src/editor/chapters.ts), which is what brought work from p50/p99 34/78 ms to 8/13 ms (quiet machine);
 * the peer stays flat, with content-visibility per block, as the editor was before. Latest figures
 * and where the time goes: bench/README.md, "Keystroke latency".
 */
import { chromium, type Page } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildHarness } from './editor-harness/build';
import { serveFolder } from './editor-harness/serve';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '200' },
    rounds: { type: 'string', default: '3' },
    keys: { type: 'string', default: '200' },
  },
});
const PAGES = Number(values.pages);
const ROUNDS = Number(values.rounds);
const KEYS = Number(values.keys);
const KEY_DELAY_MS = 40;
const TEXT = 'the warden confirms the head count by radio ';

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

interface Figures {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

interface Round {
  latency: Figures;
  work: Figures;
}

interface Sample {
  latency: number;
  work: number;
}

/** Flags of a visible, foreground window: never treated as hidden, occluded or in the background. */
const FOREGROUND_FLAGS = [
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

function figures(values: number[]): Figures {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

async function measureRound(page: Page): Promise<Round> {
  await page.evaluate('window.__harness.keystrokes.reset()');
  let typed = '';
  while (typed.length < KEYS) typed += TEXT;
  await page.keyboard.type(typed.slice(0, KEYS), { delay: KEY_DELAY_MS });
  await page.waitForTimeout(200);
  const samples = (await page.evaluate('window.__harness.keystrokes.samples()')) as Sample[];
  return {
    latency: figures(samples.map((sample) => sample.latency)),
    work: figures(samples.map((sample) => sample.work)),
  };
}

function summary(rounds: Round[], measure: keyof Round): Figures {
  return {
    p50: median(rounds.map((round) => round[measure].p50)),
    p95: median(rounds.map((round) => round[measure].p95)),
    p99: median(rounds.map((round) => round[measure].p99)),
    max: Math.max(...rounds.map((round) => round[measure].max)),
  };
}

async function measureView(baseUrl: string, view: 'large' | 'peer') {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', ...FOREGROUND_FLAGS],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}?view=${view}&pages=${PAGES}`);
    await page.waitForFunction('window.__harness.openMs !== null', undefined, { timeout: 120_000 });
    const openMs = (await page.evaluate('window.__harness.openMs')) as number;
    const content = view === 'large' ? '[data-testid="document-editor-content"]' : '[data-testid="peer-content"]';
    // Type in the middle of the document, where every keystroke has the most around it, at the
    // start of a text run (the paragraph's centre may be a field or risk chip, not text).
    const paragraphs = page.locator(`${content} p`);
    const middle = paragraphs.nth(Math.floor((await paragraphs.count()) / 2));
    await middle.scrollIntoViewIfNeeded();
    const textRun = view === 'large' ? middle.locator('[data-lexical-text]').first() : middle;
    await textRun.click({ position: { x: 2, y: 2 } });
    // Let the editor take the click's selection before keys arrive (as e2e/pages/editor-input.ts).
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
    await page.keyboard.type('warm up ', { delay: KEY_DELAY_MS });
    if (!((await middle.textContent()) ?? '').includes('warm up ')) {
      throw new Error(`${view}: the keys did not reach the document text; the figures would measure something else`);
    }
    const rounds: Round[] = [];
    for (let round = 0; round < ROUNDS; round++) rounds.push(await measureRound(page));
    const nodeCount =
      view === 'large'
        ? ((await page.evaluate(`document.querySelector('${content}').querySelectorAll('*').length`)) as number)
        : null;
    if (!((await middle.textContent()) ?? '').includes(TEXT.trim())) {
      throw new Error(`${view}: the typed text is not in the paragraph`);
    }
    return {
      view,
      openMs: Math.round(openMs),
      domElements: nodeCount,
      latency: summary(rounds, 'latency'),
      work: summary(rounds, 'work'),
      rounds,
    };
  } finally {
    await browser.close();
  }
}

const folder = await buildHarness();
const { url, server } = await serveFolder(folder);
try {
  const editor = await measureView(url, 'large');
  const peer = await measureView(url, 'peer');
  const format = (value: number) => value.toFixed(1).padStart(6);
  const row = (figures: Figures) =>
    `${format(figures.p50)}  ${format(figures.p95)}  ${format(figures.p99)}  ${format(figures.max)}`;
  console.log(`keystroke latency, ${PAGES}-page plan, ${ROUNDS} rounds x ${KEYS} keys (medians of rounds, ms)`);
  console.log('                             open     p50      p95      p99      max');
  for (const result of [editor, peer]) {
    const name = result.view === 'large' ? 'Lexical editor' : 'bare contenteditable';
    console.log(`${`${name}, work`.padEnd(28)}${String(result.openMs).padStart(5)} ${row(result.work)}`);
    console.log(`${`${name}, latency`.padEnd(28)}      ${row(result.latency)}`);
  }
  console.log(`work p99 editor/peer: ${(editor.work.p99 / peer.work.p99).toFixed(2)}  (goal: editor work p99 < 16 ms)`);
  const resultsDir = new URL('./results/', import.meta.url);
  await mkdir(resultsDir, { recursive: true });
  await writeFile(
    new URL('keystroke.json', resultsDir),
    JSON.stringify({ date: new Date().toISOString(), pages: PAGES, rounds: ROUNDS, keys: KEYS, editor, peer }, null, 2),
  );
} finally {
  server.close();
}
