import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { PassThrough } from 'node:stream';
import type { RiskView } from '#shared/contract/risks';
import { REGISTER_COLUMNS, type ColumnKey } from './columns';
import { neutralizeFormula } from './spreadsheet-safety';

type Cell = string | number;

function measureSummary(risk: RiskView): string {
  return risk.measures
    .map(
      (measure) =>
        `${measure.type}: ${measure.description} (${measure.owner || '-'}, ${measure.dueDate ?? '-'}, ${measure.status})`,
    )
    .join('; ');
}

/** One risk as cells in the documented column order. */
export function registerRow(risk: RiskView): Cell[] {
  const values: Record<ColumnKey, Cell> = {
    site: risk.siteName,
    title: risk.title,
    category: risk.categoryLabel,
    description: risk.description,
    exposed: risk.exposed.join('; '),
    vulnerabilities: risk.vulnerabilities,
    existingMeasures: risk.existingMeasures,
    inherentLikelihood: risk.inherent.likelihood,
    inherentImpact: risk.inherent.impact,
    inherentLevel: risk.inherentLevel?.label ?? '',
    treatment: risk.treatment,
    residualLikelihood: risk.residual?.likelihood ?? '',
    residualImpact: risk.residual?.impact ?? '',
    residualLevel: risk.residualLevel?.label ?? '',
    acceptedBy: risk.acceptance?.acceptedBy ?? '',
    criticality: risk.acceptance?.criticality ?? '',
    acceptanceDate: risk.acceptance?.date ?? '',
    acceptanceExpiry: risk.acceptance?.expiry ?? '',
    nextReviewDate: risk.nextReviewDate ?? '',
    status: risk.status,
    measures: measureSummary(risk),
    id: risk.id,
  };
  return REGISTER_COLUMNS.map((column) => values[column.key]);
}

/** UTF-8 with a BOM (so Excel reads Cyrillic correctly), CRLF, formulas neutralised. */
export function writeCsv(risks: readonly RiskView[]): Uint8Array {
  const rows = [
    REGISTER_COLUMNS.map((column) => column.header),
    ...risks.map((risk) =>
      registerRow(risk).map((cell) => (typeof cell === 'string' ? neutralizeFormula(cell) : cell)),
    ),
  ];
  return new TextEncoder().encode(`\uFEFF${Papa.unparse(rows, { newline: '\r\n' })}\r\n`);
}

const MEASURE_COLUMNS = [
  { header: 'Risk', key: 'risk', width: 40 },
  { header: 'Site', key: 'site', width: 24 },
  { header: 'Type', key: 'type', width: 12 },
  { header: 'Description', key: 'description', width: 50 },
  { header: 'Owner', key: 'owner', width: 24 },
  { header: 'Due date', key: 'dueDate', width: 12 },
  { header: 'Status', key: 'status', width: 12 },
  { header: 'Cost', key: 'cost', width: 14 },
];

/** Lets other requests run between batches of rows while a large workbook is written. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const BATCH = 2000;

/**
 * Streams the workbook (exceljs WorkbookWriter): a 100,000-row register takes seconds instead of
 * ten, without blocking the event loop. Text cells are written as strings, never as formulas.
 */
export async function writeXlsx(risks: readonly RiskView[]): Promise<Uint8Array> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    output.on('end', resolve);
    output.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useSharedStrings: true });
  workbook.creator = 'Contingency Planner';

  const sheet = workbook.addWorksheet('Risk register', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = REGISTER_COLUMNS.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.key === 'title' || column.key === 'description' ? 40 : 18,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const [index, risk] of risks.entries()) {
    sheet.addRow(registerRow(risk)).commit();
    if (index % BATCH === BATCH - 1) await nextTurn();
  }
  sheet.commit();

  const measures = workbook.addWorksheet('Measures', { views: [{ state: 'frozen', ySplit: 1 }] });
  measures.columns = MEASURE_COLUMNS;
  measures.getRow(1).font = { bold: true };
  let count = 0;
  for (const risk of risks) {
    for (const measure of risk.measures) {
      measures.addRow({ ...measure, dueDate: measure.dueDate ?? '', risk: risk.title, site: risk.siteName }).commit();
      if (++count % BATCH === 0) await nextTurn();
    }
  }
  measures.commit();
  await workbook.commit();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}
