import { readFileSync, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { ImportReport } from '#shared/contract/register-io';
import { call } from '#electron/cli/call';
import { UsageError, type CliCommand } from '#electron/cli/command';
import { formatJson, formatTable } from '#electron/cli/format';
import { resolveWorkspace } from './workspaces';

const workspaceOption = {
  workspace: { type: 'string', short: 'w', description: 'workspace name or id (needed when there are several)' },
} as const;

function reportText(report: ImportReport, dryRun: boolean): string {
  const lines = [
    `${report.totalRows} row(s) read (${report.format.toUpperCase()}): ${report.validRows} valid, ${report.rejectedRows} rejected.`,
  ];
  if (report.unknownColumns.length)
    lines.push(`Unknown columns (ignored): ${report.unknownColumns.map((name) => `"${name}"`).join(', ')}.`);
  for (const problem of report.problems) {
    const where = [problem.row === null ? 'file' : `row ${problem.row}`, problem.column && `column "${problem.column}"`]
      .filter(Boolean)
      .join(', ');
    lines.push(`  ${where}: ${problem.message}`);
  }
  if (report.rejectedRows > report.problems.filter((problem) => problem.row !== null).length)
    lines.push('  (more problems not shown)');
  if (report.imported) lines.push(`Imported ${report.imported} risk(s).`);
  else if (report.problems.length) lines.push('Nothing was imported: fix the rows above and run the import again.');
  else if (dryRun) lines.push('Dry run: nothing was imported.');
  return lines.join('\n');
}

export const riskCommands: CliCommand[] = [
  {
    path: ['risks', 'list'],
    usage: 'cplan risks list [--workspace NAME|ID] [--format json]',
    summary: 'List the assessed risks of a workspace with their levels.',
    options: workspaceOption,
    async run(context, options) {
      const workspace = await resolveWorkspace(context, options.workspace as string | undefined);
      const risks = await call(context, 'risks.list', { workspaceId: workspace.id });
      context.out(
        context.format === 'json'
          ? formatJson(risks)
          : formatTable(
              risks.map((risk) => ({
                ...risk,
                inherent: `${risk.inherent.likelihood}x${risk.inherent.impact} ${risk.inherentLevel?.label ?? '?'}`,
                residual: risk.residual
                  ? `${risk.residual.likelihood}x${risk.residual.impact} ${risk.residualLevel?.label ?? '?'}`
                  : '',
                measureCount: risk.measures.length,
              })),
              [
                ['title', 'Title'],
                ['siteName', 'Site'],
                ['categoryLabel', 'Category'],
                ['inherent', 'Inherent'],
                ['residual', 'Residual'],
                ['acceptanceState', 'Acceptance'],
                ['measureCount', 'Measures'],
              ],
            ),
      );
    },
  },
  {
    path: ['risks', 'import'],
    usage: 'cplan risks import FILE [--site NAME] [--dry-run] [--workspace NAME|ID]',
    summary: 'Import a CSV or XLSX risk register: every row or none; exit code 1 when rows are rejected.',
    options: {
      ...workspaceOption,
      site: { type: 'string', description: 'site for rows whose Site cell is empty' },
      'dry-run': { type: 'boolean', description: 'check the file and report, import nothing' },
    },
    async run(context, options, positionals) {
      const [file, extra] = positionals;
      if (!file || extra) throw new UsageError('Name exactly one file to import.');
      const workspace = await resolveWorkspace(context, options.workspace as string | undefined);
      let bytes: Buffer;
      try {
        bytes = readFileSync(resolve(file));
      } catch (error) {
        throw new UsageError(`Cannot read "${file}": ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
      }
      const dryRun = options['dry-run'] === true;
      const report = await call(context, 'registerIo.import', {
        workspaceId: workspace.id,
        fileName: file,
        contentBase64: bytes.toString('base64'),
        defaultSiteName: options.site as string | undefined,
        dryRun,
      });
      context.out(context.format === 'json' ? formatJson(report) : reportText(report, dryRun));
      return report.problems.length > 0 || report.validRows === 0 ? 1 : 0;
    },
  },
  {
    path: ['risks', 'export'],
    usage: 'cplan risks export FILE.csv|FILE.xlsx [--workspace NAME|ID]',
    summary: 'Export the risk register as CSV (UTF-8) or XLSX, chosen by the file extension.',
    options: workspaceOption,
    async run(context, options, positionals) {
      const [file, extra] = positionals;
      if (!file || extra) throw new UsageError('Name exactly one file to write.');
      const format = extname(file).toLowerCase().slice(1);
      if (format !== 'csv' && format !== 'xlsx') throw new UsageError('The file must end in .csv or .xlsx.');
      const workspace = await resolveWorkspace(context, options.workspace as string | undefined);
      const exported = await call(context, 'registerIo.export', { workspaceId: workspace.id, format });
      writeFileSync(resolve(file), Buffer.from(exported.contentBase64, 'base64'));
      context.out(`Wrote ${exported.rows} risk(s) to ${file}.`);
    },
  },
];
