import { useTranslation } from 'react-i18next';

type CellValue = string | number | string[];

export interface RowsColumn<Row> {
  key: keyof Row & string;
  /** Translated header text. */
  label: string;
  /** text: one line; multiline: free text; lines: a list, one entry per line; number; select. */
  kind: 'text' | 'multiline' | 'lines' | 'number' | 'select';
  options?: ReadonlyArray<{ value: string; label: string }>;
  /** Columns computed from others are shown, never typed into. */
  readOnly?: boolean;
}

interface RowsTableProps<Row> {
  /** Used for data-testid and accessible names. */
  name: string;
  columns: ReadonlyArray<RowsColumn<Row>>;
  rows: readonly Row[];
  editable: boolean;
  onChange(rows: Row[]): void;
  newRow(): Row;
  /** Recomputes derived values (e.g. a CARVER total) after an edit. */
  normalize?: (row: Row) => Row;
}

function toInput(value: CellValue | undefined, kind: RowsColumn<unknown>['kind']): string {
  if (Array.isArray(value)) return value.join('\n');
  if (value === undefined) return kind === 'number' ? '0' : '';
  return String(value);
}

function fromInput(text: string, kind: RowsColumn<unknown>['kind']): CellValue {
  switch (kind) {
    case 'lines':
      return text.split('\n');
    case 'number': {
      const parsed = Number(text);
      return Number.isFinite(parsed) ? parsed : 0;
    }
    default:
      return text;
  }
}

/** Tidies a list column when the cell is left: blank lines are typing artefacts, not entries. */
function withoutBlankLines<Row>(row: Row, columns: ReadonlyArray<RowsColumn<Row>>): Row {
  let next = row;
  for (const column of columns) {
    const value = row[column.key];
    if (column.kind === 'lines' && Array.isArray(value) && value.some((line) => line.trim() === '')) {
      next = { ...next, [column.key]: (value as string[]).filter((line) => line.trim() !== '') };
    }
  }
  return next;
}

/**
 * An editable grid of plain-data rows: every cell is a native form control with an accessible
 * name, so the block is usable with the keyboard alone (Tab between cells, buttons per row).
 */
export function RowsTable<Row>({ name, columns, rows, editable, onChange, newRow, normalize }: RowsTableProps<Row>) {
  const { t } = useTranslation();
  const replaceRow = (index: number, row: Row) =>
    onChange(rows.map((existing, position) => (position === index ? (normalize ? normalize(row) : row) : existing)));
  const moveRow = (index: number, offset: number) => {
    const target = index + offset;
    if (target < 0 || target >= rows.length) return;
    const next = [...rows];
    [next[index], next[target]] = [next[target]!, next[index]!];
    onChange(next);
  };

  return (
    <div className="editor-rows">
      <table className="data-table editor-rows-table" data-testid={`${name}-rows`}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col">
                {column.label}
              </th>
            ))}
            {editable && (
              <th scope="col">
                <span className="visually-hidden">{t('editor.rows.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length + (editable ? 1 : 0)} className="editor-rows-empty">
                {t('editor.rows.empty')}
              </td>
            </tr>
          )}
          {rows.map((row, index) => (
            <tr key={index}>
              {columns.map((column) => {
                const cellLabel = t('editor.rows.cellLabel', { column: column.label, row: index + 1 });
                const value = toInput(row[column.key] as CellValue | undefined, column.kind);
                if (!editable || column.readOnly) {
                  const shown =
                    column.kind === 'select'
                      ? (column.options?.find((option) => option.value === value)?.label ?? value)
                      : value;
                  return (
                    <td key={column.key} className="editor-rows-static">
                      {shown}
                    </td>
                  );
                }
                const set = (text: string) => replaceRow(index, { ...row, [column.key]: fromInput(text, column.kind) });
                return (
                  <td key={column.key}>
                    {column.kind === 'select' ? (
                      <select aria-label={cellLabel} value={value} onChange={(event) => set(event.target.value)}>
                        {column.options?.map((option) => (
                          <option key={option.value} value={option.value}>
                            {option.label}
                          </option>
                        ))}
                      </select>
                    ) : column.kind === 'multiline' || column.kind === 'lines' ? (
                      <textarea
                        aria-label={cellLabel}
                        value={value}
                        rows={Math.max(2, value.split('\n').length)}
                        onChange={(event) => set(event.target.value)}
                        onBlur={() => replaceRow(index, withoutBlankLines(row, columns))}
                      />
                    ) : (
                      <input
                        aria-label={cellLabel}
                        type={column.kind === 'number' ? 'number' : 'text'}
                        value={value}
                        onChange={(event) => set(event.target.value)}
                      />
                    )}
                  </td>
                );
              })}
              {editable && (
                <td className="editor-rows-buttons">
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={t('editor.rows.moveUp', { row: index + 1 })}
                    disabled={index === 0}
                    onClick={() => moveRow(index, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={t('editor.rows.moveDown', { row: index + 1 })}
                    disabled={index === rows.length - 1}
                    onClick={() => moveRow(index, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button button-small button-danger"
                    aria-label={t('editor.rows.remove', { row: index + 1 })}
                    onClick={() => onChange(rows.filter((_, position) => position !== index))}
                  >
                    ×
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {editable && (
        <button type="button" className="button button-small" onClick={() => onChange([...rows, newRow()])}>
          {t('editor.rows.add')}
        </button>
      )}
    </div>
  );
}
