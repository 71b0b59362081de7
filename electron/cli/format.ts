/** Plain aligned columns for terminals; JSON for scripts (`--format json`). */
export function formatTable(
  rows: Array<Record<string, unknown>>,
  columns: Array<[key: string, header: string]>,
): string {
  if (rows.length === 0) return '(none)';
  const cells = rows.map((row) => columns.map(([key]) => cellText(row[key])));
  const widths = columns.map(([, header], index) =>
    Math.max(header.length, ...cells.map((line) => line[index]!.length)),
  );
  const renderLine = (values: string[]) =>
    values
      .map((value, index) => value.padEnd(widths[index]!))
      .join('  ')
      .trimEnd();
  return [
    renderLine(columns.map(([, header]) => header)),
    renderLine(widths.map((width) => '-'.repeat(width))),
    ...cells.map(renderLine),
  ].join('\n');
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value).replace(/\s+/g, ' ');
}

export function formatJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
