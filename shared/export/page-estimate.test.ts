import { describe, expect, it } from 'vitest';
import { DEFAULT_HOUSE_STYLE } from './house-style';
import type { LayoutBox, ParagraphBox, RowBox } from './layout-model';
import { countLines, estimatePages } from './page-estimate';

const prose = (words: number) => Array.from({ length: words }, (_, index) => `word${index % 10}`).join(' ');
const para = (text: string, extra: Partial<ParagraphBox> = {}): ParagraphBox => ({
  kind: 'paragraph',
  style: 'Normal',
  text,
  ...extra,
});
const heading = (entry: number, text = 'Heading'): ParagraphBox => ({
  kind: 'paragraph',
  style: 'Heading1',
  text,
  keepNext: true,
  entry,
});
const row = (text: string): RowBox => ({ cells: [{ width: 4535, paragraphs: [para(text, { style: 'TableText' })] }] });

describe('countLines', () => {
  it('counts one line for empty and short text, more as the text grows or the column narrows', () => {
    expect(countLines('', 9070, 11, false)).toBe(1);
    expect(countLines('Short line', 9070, 11, false)).toBe(1);
    // Carlito at 11 pt sets about 95 average characters in 16 cm.
    const long = prose(100);
    expect(countLines(long, 9070, 11, false)).toBe(Math.ceil((long.length * 0.5 * 220) / 9070));
    expect(countLines(long, 4535, 11, false)).toBeGreaterThan(countLines(long, 9070, 11, false));
    expect(countLines(long, 9070, 11, true)).toBeGreaterThanOrEqual(countLines(long, 9070, 11, false));
  });

  it('breaks words longer than a line, and starts a line at each newline', () => {
    const word = 'Kontingenzplanungsverantwortlichkeitsübertragung'.repeat(6);
    expect(countLines(`Long word: ${word}`, 9070, 11, false)).toBe(5);
    expect(countLines('one\ntwo\nthree', 9070, 11, false)).toBe(3);
  });

  it('measures Cyrillic and Georgian at least as wide as Latin text of the same length', () => {
    const cyrillic = 'План эвакуации сотрудников миссии. '.repeat(10);
    const georgian = 'თანამშრომლების ევაკუაციის გეგმა. '.repeat(10);
    const latin = (length: number) => 'Evacuation plan for staff. '.repeat(20).slice(0, length);
    expect(countLines(cyrillic, 9070, 11, false)).toBeGreaterThanOrEqual(
      countLines(latin(cyrillic.length), 9070, 11, false),
    );
    expect(countLines(georgian, 9070, 11, false)).toBeGreaterThanOrEqual(
      countLines(latin(georgian.length), 9070, 11, false),
    );
  });
});

describe('estimatePages', () => {
  it('starts after the cover and follows page breaks and sections', () => {
    const boxes: LayoutBox[] = [
      heading(0, 'First'),
      para('Body'),
      { kind: 'page-break' },
      heading(1, 'Second'),
      { kind: 'section', orientation: 'landscape', pageSize: 'A4' },
      heading(2, 'Annex'),
    ];
    const estimate = estimatePages(boxes, DEFAULT_HOUSE_STYLE);
    expect(estimate.entryPages).toEqual([2, 3, 4]);
    expect(estimate.pages).toBe(4);
  });

  it('fills a page with about 46 lines of body text, then moves on', () => {
    const lines = Array.from({ length: 100 }, () => para('One line', { spacing: { before: 0, after: 0 } }));
    const estimate = estimatePages([...lines, heading(0)], DEFAULT_HOUSE_STYLE);
    // 14002 twips of text height, 11 pt Carlito at 1.1 line spacing: 47 lines a page.
    expect(estimate.entryPages).toEqual([4]);
  });

  it('moves a heading to the next page with what follows it rather than leaving it alone at the bottom', () => {
    const filler = Array.from({ length: 46 }, () => para('One line', { spacing: { before: 0, after: 0 } }));
    expect(estimatePages([...filler, heading(0), para('Text')], DEFAULT_HOUSE_STYLE).entryPages).toEqual([3]);
  });

  it('repeats table header rows on each page and never splits a row', () => {
    const table: LayoutBox = {
      kind: 'table',
      header: [row('Item')],
      body: Array.from({ length: 500 }, (_, index) => row(`Item ${index}`)),
      keepTogether: false,
    };
    const estimate = estimatePages([table, heading(0)], DEFAULT_HOUSE_STYLE);
    // LibreOffice puts the 500-row stock list on 14 pages after the cover and contents.
    expect(estimate.entryPages[0]).toBeGreaterThanOrEqual(15);
    expect(estimate.entryPages[0]).toBeLessThanOrEqual(17);
  });

  it('keeps a table that must stay together on one page', () => {
    const filler = Array.from({ length: 40 }, () => para('One line', { spacing: { before: 0, after: 0 } }));
    const matrix: LayoutBox = {
      kind: 'table',
      header: [row('Likelihood')],
      body: Array.from({ length: 5 }, () => row('Level')),
      keepTogether: true,
    };
    const estimate = estimatePages([...filler, matrix, heading(0)], DEFAULT_HOUSE_STYLE);
    expect(estimate.entryPages).toEqual([3]);
  });

  it('lays out a landscape section with fewer lines a page than portrait', () => {
    const lines = Array.from({ length: 80 }, () => para('One line', { spacing: { before: 0, after: 0 } }));
    const portrait = estimatePages([...lines, heading(0)], DEFAULT_HOUSE_STYLE).entryPages[0];
    const landscape = estimatePages(
      [{ kind: 'section', orientation: 'landscape', pageSize: 'A4' }, ...lines, heading(0)],
      DEFAULT_HOUSE_STYLE,
    ).entryPages[0];
    expect(portrait).toBe(3);
    // One page more for the section break, and 30 lines a landscape page instead of 47.
    expect(landscape).toBe(5);
  });
});
