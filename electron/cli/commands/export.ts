import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { storedDocumentSchema } from '#shared/document/schema';
import type { StoredDocument } from '#shared/document/nodes';
import { DEFAULT_HOUSE_STYLE } from '#shared/export/house-style';
import type { CoverInfo } from '#shared/export/document';
import { call } from '#electron/cli/call';
import { UsageError, type CliCommand, type CliContext } from '#electron/cli/command';
import { formatJson } from '#electron/cli/format';
import { formatExportDate, humanKind } from '#electron/services/export/export-service';
import { runExport } from '#electron/services/export/run-export';
import { resolveWorkspace } from './workspaces';

function docxOutput(options: Record<string, string | boolean | undefined>): string {
  const output = options.output;
  if (typeof output !== 'string' || !output.trim()) throw new UsageError('-o OUT.docx is required.');
  if (extname(output).toLowerCase() !== '.docx') throw new UsageError(`-o must name a .docx file (got "${output}").`);
  return output;
}

function writeBase64(output: string, data: string): number {
  const bytes = Buffer.from(data, 'base64');
  writeFileSync(output, bytes);
  return bytes.length;
}

function readDocument(file: string): StoredDocument {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read the document "${file}": ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file} is not JSON: ${(error as Error).message}`);
  }
  const parsed = storedDocumentSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`${file} is not a plan document: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
  }
  return parsed.data;
}

/**
 * Writes a document to .docx with the default house style and no database: what `cplan render`
 * uses to produce Word in one step.
 */
export async function writeDocxWithoutDatabase(
  document: StoredDocument,
  cover: Partial<CoverInfo> & { workspace: string; marking: string },
  output: string,
): Promise<number> {
  const bytes = await runExport({
    document,
    style: DEFAULT_HOUSE_STYLE,
    cover: {
      title: document.meta.title,
      subtitle: humanKind(document.meta.kind),
      version: '1 (draft)',
      date: formatExportDate(null),
      ...cover,
    },
  });
  writeFileSync(output, bytes);
  return bytes.length;
}

function report(context: CliContext, output: string, size: number, what: string): void {
  context.out(
    context.format === 'json'
      ? formatJson({ output, size })
      : `Wrote ${output} (${Math.round(size / 1024)} KB): ${what}.`,
  );
}

export const exportCommands: CliCommand[] = [
  {
    path: ['export'],
    usage: 'cplan export PLAN_ID -o OUT.docx | cplan export --document FILE.json -o OUT.docx [--workspace NAME]',
    summary: 'Export a plan (or a plan document file) to Word in the house style of its workspace.',
    options: {
      output: { type: 'string', short: 'o', description: 'the .docx to write' },
      document: { type: 'string', short: 'd', description: 'a plan document JSON file (as written by cplan render)' },
      workspace: {
        type: 'string',
        short: 'w',
        description: 'workspace whose house style and marking to use (with --document)',
      },
    },
    async run(context, options, positionals) {
      const output = docxOutput(options);
      if (typeof options.document === 'string') {
        if (positionals.length > 0) throw new UsageError('Give either a PLAN_ID or --document, not both.');
        const document = readDocument(options.document);
        const workspace = await resolveWorkspace(context, options.workspace as string | undefined);
        const file = await call(context, 'export.docx', { workspaceId: workspace.id, document });
        report(context, output, writeBase64(output, file.data), `"${document.meta.title}"`);
        return;
      }
      const [planId, ...extra] = positionals;
      if (!planId || extra.length > 0) throw new UsageError('Name exactly one plan: cplan export PLAN_ID -o OUT.docx');
      const file = await call(context, 'export.planDocx', { planId });
      report(context, output, writeBase64(output, file.data), `plan ${planId}`);
    },
  },
  {
    path: ['export', 'register'],
    usage: 'cplan export register -o OUT.docx [--workspace NAME] [--site NAME]',
    summary: 'Export the risk register report (summary, heatmaps, register) to Word.',
    options: {
      output: { type: 'string', short: 'o', description: 'the .docx to write' },
      workspace: { type: 'string', short: 'w', description: 'workspace name or id (needed when there are several)' },
      site: { type: 'string', short: 's', description: 'only the risks of this site (name or id)' },
    },
    async run(context, options) {
      const output = docxOutput(options);
      const workspace = await resolveWorkspace(context, options.workspace as string | undefined);
      let siteId: string | undefined;
      if (typeof options.site === 'string') {
        const wanted = options.site.toLowerCase();
        const sites = await call(context, 'sites.list', { workspaceId: workspace.id });
        const site = sites.find(
          (candidate) => candidate.id === options.site || candidate.name.toLowerCase() === wanted,
        );
        if (!site)
          throw new UsageError(
            `No site is called "${options.site}" (one of: ${sites.map((s) => `"${s.name}"`).join(', ')}).`,
          );
        siteId = site.id;
      }
      const file = await call(context, 'export.riskRegisterDocx', { workspaceId: workspace.id, siteId });
      report(context, output, writeBase64(output, file.data), `risk register report of ${workspace.name}`);
    },
  },
  {
    path: ['import'],
    usage: 'cplan import FILE.docx -o OUT.json [--as plan|template]',
    summary: 'Read a Word .docx into a plan document JSON; lists what could not be kept.',
    options: {
      output: { type: 'string', short: 'o', description: 'the .json document to write' },
      as: { type: 'string', description: 'plan (default) or template' },
    },
    async run(context, options, positionals) {
      const [input, ...extra] = positionals;
      if (!input || extra.length > 0) throw new UsageError('Name exactly one .docx file to import.');
      const output = options.output;
      if (typeof output !== 'string' || extname(output).toLowerCase() !== '.json')
        throw new UsageError('-o must name a .json file.');
      const target = options.as === undefined ? 'plan' : options.as;
      if (target !== 'plan' && target !== 'template')
        throw new UsageError(`--as must be "plan" or "template", not "${String(target)}".`);
      let bytes: Buffer;
      try {
        bytes = readFileSync(input);
      } catch (error) {
        throw new UsageError(`Cannot read "${input}": ${(error as Error).message}`);
      }
      const result = await call(context, 'import.docx', {
        fileName: input.split(/[\\/]/).pop() ?? input,
        data: bytes.toString('base64'),
        target,
      });
      writeFileSync(output, `${JSON.stringify(result.document, null, 2)}\n`);
      if (context.format === 'json') {
        context.out(formatJson({ output, stats: result.stats, unmapped: result.unmapped }));
        return;
      }
      const { headings, paragraphs, lists, tables } = result.stats;
      context.out(`Wrote ${output}: ${headings} headings, ${paragraphs} paragraphs, ${lists} lists, ${tables} tables.`);
      for (const entry of result.unmapped) context.out(`  not kept: ${entry.what} (${entry.count})`);
    },
  },
];
