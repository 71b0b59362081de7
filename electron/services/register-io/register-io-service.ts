import type { Api } from '#shared/contract';
import type { ImportReport } from '#shared/contract/register-io';
import { levelFor } from '#shared/domain';
import { createRiskRepository } from '#electron/db/repositories/risks';
import { createSiteRepository, createWorkspaceRepository } from '#electron/db/repositories/workspaces';
import { notFound, raise } from '#electron/services/errors';
import type { RiskReaderPort, ServiceDeps } from '#electron/services/ports';
import { createRegisterSettings } from '#electron/services/risks/register-settings';
import { currentLevelKeys } from '#electron/services/risks/risk-view';
import { MAX_IMPORT_ROWS, readTable } from './read-table';
import { validateRows } from './validate-rows';
import { writeCsv, writeXlsx } from './write-table';

type RegisterIoApi = Pick<Api, 'registerIo.import' | 'registerIo.export'>;

const MAX_PROBLEMS = 500;
const PREVIEW_ROWS = 50;

const toBase64 = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
const safeFileName = (name: string) => name.replace(/[^\p{L}\p{N} _.-]+/gu, '').trim() || 'workspace';

/**
 * CSV/XLSX import and export of the register. Import always parses and validates the whole file
 * first; rows are written only when asked (not a dry run) and only if every row is valid, in one
 * transaction, so a file is imported completely or not at all.
 */
export function createRegisterIoService({
  db,
  events,
  register,
}: ServiceDeps & { register: RiskReaderPort }): RegisterIoApi {
  const workspaces = createWorkspaceRepository(db);
  const sites = createSiteRepository(db);
  const risks = createRiskRepository(db);
  const settings = createRegisterSettings(db);

  return {
    'registerIo.import': async ({ workspaceId, fileName, contentBase64, defaultSiteName, dryRun }) => {
      if (!workspaces.get(workspaceId)) throw notFound('Workspace', workspaceId);
      const bytes = new Uint8Array(Buffer.from(contentBase64, 'base64'));
      const table = await readTable(fileName, bytes);
      const matrix = settings.matrix(workspaceId);
      const report: ImportReport = {
        format: table.format,
        totalRows: Math.max(0, table.rows.length - 1),
        validRows: 0,
        rejectedRows: 0,
        unknownColumns: [],
        problems: table.problems.slice(0, MAX_PROBLEMS),
        preview: [],
        imported: 0,
      };
      if (table.rows.length - 1 > MAX_IMPORT_ROWS) {
        report.problems.unshift({
          row: null,
          column: null,
          message: `The file has ${table.rows.length - 1} rows; at most ${MAX_IMPORT_ROWS} can be imported at once. Split it.`,
        });
      }
      if (table.rows.length === 0 && table.problems.length === 0)
        report.problems.push({ row: null, column: null, message: 'The file has no header row.' });
      if (report.problems.length) {
        report.rejectedRows = new Set(report.problems.map((problem) => problem.row).filter((row) => row !== null)).size;
        return report;
      }

      const result = validateRows(table.rows, {
        sites: sites.listByWorkspace(workspaceId),
        categories: settings.categories(workspaceId),
        matrix,
        defaultSiteName,
      });
      report.totalRows = result.totalRows;
      report.validRows = result.valid.length;
      report.rejectedRows = result.rejectedRows;
      report.unknownColumns = result.unknownColumns;
      report.problems = result.problems.slice(0, MAX_PROBLEMS);
      report.preview = result.valid.slice(0, PREVIEW_ROWS).map((row) => ({
        row: row.row,
        title: row.fields.title,
        siteName: row.siteName,
        categoryLabel: row.categoryLabel,
        inherentLevel: levelFor(matrix, row.fields.inherent.likelihood, row.fields.inherent.impact)?.label ?? null,
        residualLevel: row.fields.residual
          ? (levelFor(matrix, row.fields.residual.likelihood, row.fields.residual.impact)?.label ?? null)
          : null,
      }));
      const blocked = result.problems.length > 0 || result.valid.length === 0;
      if (dryRun || blocked) return report;

      db.transaction(() => {
        for (const row of result.valid) risks.insert(workspaceId, row.fields, currentLevelKeys(matrix, row.fields));
      })();
      report.imported = result.valid.length;
      events.emit('data.changed', { entity: 'risk', workspaceId });
      return report;
    },
    'registerIo.export': async ({ workspaceId, format }) => {
      const workspace = workspaces.get(workspaceId) ?? raise(notFound('Workspace', workspaceId));
      const list = await register['risks.list']({ workspaceId });
      const bytes = format === 'csv' ? writeCsv(list) : await writeXlsx(list);
      return {
        fileName: `${safeFileName(workspace.name)} - risk register.${format}`,
        mimeType:
          format === 'csv'
            ? 'text/csv;charset=utf-8'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        contentBase64: toBase64(bytes),
        rows: list.length,
      };
    },
  };
}
