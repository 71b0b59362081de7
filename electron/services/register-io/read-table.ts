import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { Readable } from 'node:stream';
import type { ImportProblem, RegisterFormat } from '#shared/contract/register-io';

export const MAX_IMPORT_ROWS = 200_000;

/** A file as rows of text cells; `rows[0]` is the header, row numbers are index + 1. */
export interface TextTable {
  format: RegisterFormat;
  rows: string[][];
  /** Problems that make rows unreadable (file-level when row is null). */
  problems: ImportProblem[];
}

const fileProblem = (message: string): ImportProblem => ({ row: null, column: null, message });

function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 3 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** CSV text from bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused. */
export function decodeText(bytes: Uint8Array): { text: string } | { problem: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return {
      problem:
        'The file is not UTF-8 text (it may be saved as Windows-1251 or another legacy encoding). ' +
        'Save it as "CSV UTF-8" and import it again.',
    };
  }
}

export function readCsv(bytes: Uint8Array): TextTable {
  const decoded = decodeText(bytes);
  if ('problem' in decoded) return { format: 'csv', rows: [], problems: [fileProblem(decoded.problem)] };
  if (decoded.text.includes('\u0000'))
    return { format: 'csv', rows: [], problems: [fileProblem('The file contains binary data: it is not a CSV file.')] };
  const parsed = Papa.parse<string[]>(decoded.text, { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t'] });
  const problems: ImportProblem[] = parsed.errors
    // A single-column file makes Papa unsure of the delimiter; that is not an error in the data.
    .filter((error) => error.code !== 'UndetectableDelimiter')
    .map((error) => ({
      row: error.row === undefined ? null : error.row + 1,
      column: null,
      message: `${error.message}.`,
    }));
  return { format: 'csv', rows: parsed.data, problems };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((run) => run.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    // Formulas are never evaluated here: only the value the spreadsheet last computed is used.
    if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    if ('error' in value) return String(value.error);
    return '';
  }
  return String(value);
}

/**
 * Reads the first worksheet with exceljs's streaming reader: about four times faster than
 * loading the whole workbook, and it yields to the event loop, so the app stays responsive
 * while a 100,000-row workbook is read.
 */
/** How long the streaming reader may go without producing a row before the file counts as damaged. */
export const XLSX_STALL_MS = 5000;

/** Resolves with `work`'s value, or 'stalled' when `work` reports no progress for `idleMs`. */
async function unlessStalled<T>(work: (progress: () => void) => Promise<T>, idleMs: number): Promise<T | 'stalled'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stall: () => void = () => undefined;
  const stalled = new Promise<'stalled'>((resolve) => {
    stall = () => resolve('stalled');
  });
  const progress = () => {
    clearTimeout(timer);
    timer = setTimeout(stall, idleMs);
  };
  progress();
  try {
    return await Promise.race([work(progress), stalled]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Reads the first worksheet with exceljs's streaming reader: about four times faster than
 * loading the whole workbook, and it yields to the event loop, so the app stays responsive
 * while a 100,000-row workbook is read.
 */
export async function readXlsx(bytes: Uint8Array, stallMs = XLSX_STALL_MS): Promise<TextTable> {
  const damaged = (reason: string): TextTable => ({
    format: 'xlsx',
    rows: [],
    problems: [fileProblem(`The file could not be read as an Excel workbook (${reason}).`)],
  });
  const rows: string[][] = [];
  try {
    // The streaming reader may never settle on a damaged archive: check sizes and CRCs first
    // (about 0.5 s for 100,000 rows), and give up if it still stops making progress.
    await JSZip.loadAsync(bytes, { checkCRC32: true });
    const outcome = await unlessStalled(async (progress) => {
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
        sharedStrings: 'cache',
        worksheets: 'emit',
        hyperlinks: 'ignore',
        styles: 'ignore',
        entries: 'ignore',
      });
      for await (const sheet of reader) {
        for await (const row of sheet) {
          progress();
          if (rows.length > MAX_IMPORT_ROWS + 1) break;
          const values = Array.isArray(row.values) ? row.values : [];
          rows[row.number - 1] = Array.from(values.slice(1), (value) => cellText((value ?? null) as ExcelJS.CellValue));
        }
        break;
      }
    }, stallMs);
    if (outcome === 'stalled') return damaged('reading stopped part-way, so the file may be damaged');
  } catch (error) {
    return damaged((error as Error).message);
  }
  if (rows.length === 0)
    return { format: 'xlsx', rows: [], problems: [fileProblem('The workbook has no worksheet with rows.')] };
  return { format: 'xlsx', rows: Array.from(rows, (row) => row ?? []), problems: [] };
}

/** Reads CSV or XLSX by content (a ZIP signature means XLSX), checking the name agrees. */
export async function readTable(fileName: string, bytes: Uint8Array): Promise<TextTable> {
  const extension = fileName.toLowerCase().split('.').pop();
  if (bytes.length === 0) return { format: 'csv', rows: [], problems: [fileProblem('The file is empty.')] };
  if (isZip(bytes)) return readXlsx(bytes);
  if (extension === 'xlsx' || extension === 'xlsm')
    return {
      format: 'xlsx',
      rows: [],
      problems: [fileProblem('The file is named .xlsx but is not an Excel workbook.')],
    };
  if (extension === 'xls')
    return {
      format: 'xlsx',
      rows: [],
      problems: [fileProblem('Old .xls workbooks are not supported: save it as .xlsx or CSV UTF-8.')],
    };
  return readCsv(bytes);
}
