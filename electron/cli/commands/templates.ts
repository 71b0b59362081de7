import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { formatProblem, lintTemplates } from '#shared/templates';
import { builtInTemplatesDir, readTemplateFolder } from '#electron/services/templates/built-in-templates';
import { call } from '#electron/cli/call';
import { UsageError, type CliCommand } from '#electron/cli/command';
import { formatJson, formatTable } from '#electron/cli/format';

/** Template files named on the command line: a folder of .md files, or single files. */
function readTargets(targets: string[]): Array<{ path: string; text: string }> {
  return targets.flatMap((target) => {
    const path = resolve(target);
    if (!existsSync(path)) throw new UsageError(`No such file or folder: ${target}`);
    if (statSync(path).isDirectory())
      return readTemplateFolder(path).map((file) => ({
        path: relative(process.cwd(), join(path, file.file)) || file.file,
        text: file.text,
      }));
    return [{ path: target, text: readFileSync(path, 'utf8') }];
  });
}

export const templateCommands: CliCommand[] = [
  {
    path: ['templates', 'lint'],
    usage: 'cplan templates lint [DIR|FILE...]',
    summary: 'Check template files; prints path:line:column for each problem and exits 1 on any error.',
    async run(context, _options, positionals) {
      const files = readTargets(positionals.length ? positionals : [builtInTemplatesDir()]);
      if (!files.length) throw new UsageError('No template (.md) files found there.');
      const results = lintTemplates(files);
      const errors = results.reduce(
        (sum, result) => sum + result.problems.filter((problem) => problem.severity === 'error').length,
        0,
      );
      const warnings = results.reduce((sum, result) => sum + result.problems.length, 0) - errors;
      if (context.format === 'json') {
        context.out(formatJson(results.map((result) => ({ path: result.path, problems: result.problems }))));
      } else {
        for (const result of results)
          for (const problem of result.problems) context.out(formatProblem(result.path, problem));
        context.out(
          `${files.length} template${files.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`,
        );
      }
      return errors ? 1 : 0;
    },
  },
  {
    path: ['templates', 'list'],
    usage: 'cplan templates list [--kind KIND] [--format json]',
    summary: 'List the template library (built-in and published), newest version of each.',
    options: {
      kind: { type: 'string', description: 'site-security-plan, contingency, protective-security, exercise or sop' },
    },
    async run(context, options) {
      const kind = options.kind as string | undefined;
      const templates = await call(context, 'templates.list', kind ? { kind: kind as never } : {});
      context.out(
        context.format === 'json'
          ? formatJson(templates)
          : formatTable(
              templates.map((template) => ({ ...template, versions: template.versions.length })),
              [
                ['id', 'Id'],
                ['title', 'Title'],
                ['kind', 'Kind'],
                ['version', 'Version'],
                ['versions', 'Versions'],
                ['origin', 'Origin'],
              ],
            ),
      );
    },
  },
  {
    path: ['templates', 'show'],
    usage: 'cplan templates show <ID> [--template-version X.Y.Z]',
    summary: 'Print the text of a template (its newest version, or the one named).',
    // --version is the global option that prints the app's version.
    options: { 'template-version': { type: 'string', description: 'an older version, e.g. 1.0.0' } },
    async run(context, options, positionals) {
      const [id] = positionals;
      if (!id) throw new UsageError('Name the template id, e.g. contingency-flood.');
      const version = options['template-version'] as string | undefined;
      const template = await call(context, 'templates.get', version ? { id, version } : { id });
      context.out(context.format === 'json' ? formatJson(template) : template.text.trimEnd());
    },
  },
  {
    path: ['templates', 'import'],
    usage: 'cplan templates import <DIR|PACK.zip|FILE.md...>',
    summary: 'Import a template pack into the library; reports imported files and conflicts by id and version.',
    async run(context, _options, positionals) {
      if (!positionals.length) throw new UsageError('Name a folder, a .zip pack or .md files to import.');
      const zips = positionals.filter((target) => target.toLowerCase().endsWith('.zip'));
      const files = readTargets(positionals.filter((target) => !zips.includes(target))).map((file) => ({
        name: basename(file.path),
        text: file.text,
      }));
      let imported = 0;
      let rejected = 0;
      const requests = [
        ...zips.map((zip) => ({ files: [], zipBase64: readFileSync(resolve(zip)).toString('base64') })),
        ...(files.length ? [{ files }] : []),
      ];
      for (const request of requests) {
        const report = await call(context, 'templates.importPack', request);
        if (context.format === 'json') context.out(formatJson(report));
        else {
          for (const item of report.imported) context.out(`imported  ${item.id} ${item.version}  (${item.file})`);
          for (const item of report.conflicts)
            context.out(
              `conflict  ${item.id} ${item.version}  (${item.file}): ${item.reason === 'identical' ? 'already in the library, skipped' : 'a different text has this id and version; publish it as a new version'}`,
            );
          for (const item of report.rejected)
            for (const problem of item.problems) context.out(formatProblem(item.file, problem));
        }
        imported += report.imported.length;
        rejected += report.rejected.length + report.conflicts.filter((item) => item.reason === 'different').length;
      }
      if (context.format !== 'json') context.out(`${imported} imported, ${rejected} refused.`);
      return rejected ? 1 : 0;
    },
  },
  {
    path: ['templates', 'export'],
    usage: 'cplan templates export <PACK.zip|DIR> [--id ID]',
    summary: 'Export the library (every version) as a zip pack, or as .md files into a folder.',
    options: { id: { type: 'string', description: 'only this template' } },
    async run(context, options, positionals) {
      const [target] = positionals;
      if (!target) throw new UsageError('Name the .zip file or the folder to export to.');
      const id = options.id as string | undefined;
      const pack = await call(context, 'templates.exportPack', id ? { ids: [id] } : {});
      if (target.toLowerCase().endsWith('.zip')) {
        writeFileSync(resolve(target), Buffer.from(pack.zipBase64, 'base64'));
      } else {
        const { unzipSync } = await import('fflate');
        mkdirSync(resolve(target), { recursive: true });
        for (const [name, bytes] of Object.entries(unzipSync(Buffer.from(pack.zipBase64, 'base64'))))
          writeFileSync(join(resolve(target), basename(name)), bytes);
      }
      context.out(`${pack.count} template version${pack.count === 1 ? '' : 's'} written to ${target}.`);
    },
  },
];
