/**
 * The documented column set of the risk register files (docs/RISK-REGISTER.md). Headers are
 * matched case-insensitively and with spacing ignored; "export only" columns are written for
 * readers and ignored on import.
 */
export const REGISTER_COLUMNS = [
  { key: 'site', header: 'Site' },
  { key: 'title', header: 'Title', required: true },
  { key: 'category', header: 'Category', required: true },
  { key: 'description', header: 'Description' },
  { key: 'exposed', header: 'Exposed' },
  { key: 'vulnerabilities', header: 'Vulnerabilities' },
  { key: 'existingMeasures', header: 'Existing measures' },
  { key: 'inherentLikelihood', header: 'Inherent likelihood', required: true },
  { key: 'inherentImpact', header: 'Inherent impact', required: true },
  { key: 'inherentLevel', header: 'Inherent level', exportOnly: true },
  { key: 'treatment', header: 'Treatment' },
  { key: 'residualLikelihood', header: 'Residual likelihood' },
  { key: 'residualImpact', header: 'Residual impact' },
  { key: 'residualLevel', header: 'Residual level', exportOnly: true },
  { key: 'acceptedBy', header: 'Accepted by' },
  { key: 'criticality', header: 'Programme criticality' },
  { key: 'acceptanceDate', header: 'Acceptance date' },
  { key: 'acceptanceExpiry', header: 'Acceptance expiry' },
  { key: 'nextReviewDate', header: 'Next review date' },
  { key: 'status', header: 'Status' },
  { key: 'measures', header: 'Measures', exportOnly: true },
  { key: 'id', header: 'Id', exportOnly: true },
] as const satisfies ReadonlyArray<{ key: string; header: string; required?: boolean; exportOnly?: boolean }>;

export type ColumnKey = (typeof REGISTER_COLUMNS)[number]['key'];

export const normalizeHeader = (header: string): string =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');

const BY_HEADER = new Map<string, ColumnKey>(
  REGISTER_COLUMNS.map((column) => [normalizeHeader(column.header), column.key]),
);

export interface HeaderMap {
  /** Column index for each known column found. */
  indexOf: Partial<Record<ColumnKey, number>>;
  unknown: string[];
  duplicates: string[];
  missingRequired: string[];
}

export function mapHeaders(headers: readonly string[]): HeaderMap {
  const indexOf: Partial<Record<ColumnKey, number>> = {};
  const unknown: string[] = [];
  const duplicates: string[] = [];
  headers.forEach((header, index) => {
    if (!header.trim()) return;
    const key = BY_HEADER.get(normalizeHeader(header));
    if (!key) unknown.push(header.trim());
    else if (indexOf[key] !== undefined) duplicates.push(header.trim());
    else indexOf[key] = index;
  });
  const missingRequired = REGISTER_COLUMNS.filter(
    (column) => 'required' in column && column.required && indexOf[column.key] === undefined,
  ).map((column) => column.header);
  return { indexOf, unknown, duplicates, missingRequired };
}

export function headerOf(key: ColumnKey): string {
  return REGISTER_COLUMNS.find((column) => column.key === key)!.header;
}
