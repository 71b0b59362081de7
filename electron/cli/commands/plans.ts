import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { DEFAULT_MATRIX, DEFAULT_PHASE_DEFINITIONS, DEFAULT_THREAT_CATEGORIES, levelRank } from '#shared/domain';
import { generatePlan, preselectRisks, type PlanContext, type PlanRisk } from '#shared/generate';
import { parseTemplate, formatProblem } from '#shared/templates';
import { levelFor } from '#shared/domain/risk-matrix';
import { readCsv } from '#electron/services/register-io/read-table';
import { validateRows } from '#electron/services/register-io/validate-rows';
import { todayIso } from '#shared/domain/dates';
import { call } from '#electron/cli/call';
import { UsageError, type CliCommand, type CliContext } from '#electron/cli/command';
import { formatJson, formatTable } from '#electron/cli/format';
import { resolveWorkspace } from './workspaces';
import { writeDocxWithoutDatabase } from './export';

function requireOption(options: Record<string, string | boolean | undefined>, name: string): string {
  const value = options[name];
  if (typeof value !== 'string' || !value.trim()) throw new UsageError(`--${name} is required.`);
  return value.trim();
}

function checkLevel(level: string | undefined): string | null {
  if (level === undefined) return null;
  if (levelRank(DEFAULT_MATRIX, level) < 0) {
    throw new UsageError(
      `Unknown level "${level}" for --min-level (one of: ${DEFAULT_MATRIX.levels.map((l) => l.label).join(', ')}).`,
    );
  }
  return level;
}

async function resolveSite(context: CliContext, workspaceId: string, name: string) {
  const sites = await call(context, 'sites.list', { workspaceId });
  const wanted = name.toLowerCase();
  const site = sites.find((candidate) => candidate.id === name || candidate.name.toLowerCase() === wanted);
  if (!site) {
    throw new UsageError(`No site is called "${name}" (one of: ${sites.map((s) => `"${s.name}"`).join(', ')}).`);
  }
  return site;
}

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read the ${what} "${file}": ${(error as Error).message}`);
  }
}

/** Risks from a register CSV, checked exactly as the app's import checks them. */
function risksFromCsv(file: string, siteName: string | undefined): PlanRisk[] {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(`Cannot read the risks file "${file}": ${(error as Error).message}`);
  }
  const table = readCsv(bytes);
  if (table.problems.length && table.rows.length === 0) {
    throw new UsageError(`${file}: ${table.problems.map((problem) => problem.message).join(' ')}`);
  }
  // With no database there are no sites to match: the file's own Site column defines them.
  const siteColumn = (table.rows[0] ?? []).findIndex((header) => header.trim().toLowerCase() === 'site');
  const names = new Set(table.rows.slice(1).map((row) => (siteColumn >= 0 ? (row[siteColumn] ?? '').trim() : '')));
  if (siteName) names.add(siteName);
  names.delete('');
  const sites = [...names].map((name) => ({ id: name, name }));
  const result = validateRows(table.rows, {
    sites,
    categories: DEFAULT_THREAT_CATEGORIES,
    matrix: DEFAULT_MATRIX,
    ...(siteName ? { defaultSiteName: siteName } : {}),
  });
  if (result.problems.length) {
    const lines = result.problems.map(
      (problem) => `${file}:${problem.row ?? '-'}${problem.column ? ` (${problem.column})` : ''}: ${problem.message}`,
    );
    throw new UsageError(lines.join('\n'));
  }
  const score = (likelihood: number, impact: number) => {
    const level = levelFor(DEFAULT_MATRIX, likelihood, impact);
    return { likelihood, impact, level: level?.label ?? '', color: level?.color ?? '#ffffff' };
  };
  return result.valid.map((row) => ({
    id: `row-${row.row}`,
    title: row.fields.title,
    site: row.siteName,
    category: row.fields.categoryKey,
    categoryLabel: row.categoryLabel,
    description: row.fields.description,
    exposed: row.fields.exposed.join(', '),
    vulnerabilities: row.fields.vulnerabilities,
    inherent: score(row.fields.inherent.likelihood, row.fields.inherent.impact),
    residual: row.fields.residual ? score(row.fields.residual.likelihood, row.fields.residual.impact) : null,
    treatment: row.fields.treatment,
    measures: [],
  }));
}

export const planCommands: CliCommand[] = [
  {
    path: ['plans', 'list'],
    usage: 'cplan plans list [--workspace NAME|ID] [--format json]',
    summary: 'List the plans of a workspace with their status.',
    options: { workspace: { type: 'string', short: 'w', description: 'workspace name or id' } },
    async run(context, options) {
      const workspace = await resolveWorkspace(context, options.workspace as string | undefined);
      const plans = await call(context, 'plans.list', { workspaceId: workspace.id });
      context.out(
        context.format === 'json'
          ? formatJson(plans)
          : formatTable(plans, [
              ['title', 'Title'],
              ['siteName', 'Site'],
              ['status', 'Status'],
              ['edition', 'Edition'],
              ['templateId', 'Template'],
              ['updatedAt', 'Updated'],
              ['id', 'Id'],
            ]),
      );
    },
  },
  {
    path: ['plans', 'generate'],
    usage: 'cplan plans generate --template ID --site NAME [--min-level LEVEL] [--title TEXT] [--workspace NAME]',
    summary: "Generate a draft plan from a template and the site's risks (at or above --min-level, else all).",
    options: {
      template: { type: 'string', short: 't', description: 'template id from the library' },
      site: { type: 'string', short: 's', description: 'site name or id' },
      'min-level': { type: 'string', description: 'lowest risk level to include, e.g. High' },
      title: { type: 'string', description: 'plan title (default: template title and site)' },
      workspace: { type: 'string', short: 'w', description: 'workspace name or id' },
    },
    async run(context, options) {
      const templateId = requireOption(options, 'template');
      const siteName = requireOption(options, 'site');
      const minLevel = checkLevel(options['min-level'] as string | undefined);
      const workspace = await resolveWorkspace(context, options.workspace as string | undefined);
      const site = await resolveSite(context, workspace.id, siteName);
      const [risks, matrix] = await Promise.all([
        call(context, 'risks.list', { workspaceId: workspace.id }),
        call(context, 'matrix.get', { workspaceId: workspace.id }),
      ]);
      const selected = preselectRisks(risks, site.id, minLevel, matrix);
      const plan = await call(context, 'plans.generate', {
        workspaceId: workspace.id,
        siteId: site.id,
        templateId,
        riskIds: selected.map((risk) => risk.id),
        title: typeof options.title === 'string' ? options.title : '',
      });
      context.out(
        context.format === 'json'
          ? formatJson({ ...plan, document: undefined })
          : `Created "${plan.title}" (${plan.id}) from ${plan.templateId} ${plan.templateVersion} with ${selected.length} risk(s).`,
      );
    },
  },
  {
    path: ['render'],
    usage:
      'cplan render --template FILE.md --risks FILE.csv -o OUT.docx|OUT.json [--site NAME] [--workspace-name TEXT] [--marking TEXT]',
    summary:
      'Render a template file with risks from a CSV into a Word file (or the plan document JSON), with no database.',
    options: {
      template: { type: 'string', short: 't', description: 'template file (Markdown with front matter)' },
      risks: { type: 'string', short: 'r', description: 'risk register CSV (the columns of the register export)' },
      output: { type: 'string', short: 'o', description: 'output file: .docx (Word) or .json (plan document)' },
      site: { type: 'string', short: 's', description: 'site the plan is for (default: every site in the file)' },
      'workspace-name': { type: 'string', description: 'mission or institution name printed in the plan' },
      marking: { type: 'string', description: 'classification marking, e.g. RESTRICTED' },
    },
    async run(context, options) {
      const templateFile = requireOption(options, 'template');
      const risksFile = requireOption(options, 'risks');
      const output = requireOption(options, 'output');
      const format = extname(output).toLowerCase();
      if (format !== '.json' && format !== '.docx') {
        throw new UsageError(`-o must name a .docx or .json file (got "${output}").`);
      }
      const parsed = parseTemplate(readText(templateFile, 'template'));
      const errors = parsed.problems.filter((problem) => problem.severity === 'error');
      if (!parsed.meta || errors.length) {
        throw new UsageError(
          (errors.length ? errors : parsed.problems)
            .map((problem) => formatProblem(templateFile, problem))
            .join('\n') || `${templateFile}: the front matter could not be read.`,
        );
      }
      const siteName = typeof options.site === 'string' ? options.site.trim() : undefined;
      const risks = risksFromCsv(risksFile, siteName);
      const siteNames = [...new Set(risks.map((risk) => risk.site))];
      const planContext: PlanContext = {
        workspace: {
          name: typeof options['workspace-name'] === 'string' ? options['workspace-name'] : '',
          marking: typeof options.marking === 'string' ? options.marking : '',
        },
        site: siteName ? { id: siteName, name: siteName, kind: '', address: '' } : null,
        sites: siteNames.map((name) => ({ id: name, name, kind: '', address: '' })),
        risks: siteName ? risks.filter((risk) => risk.site.toLowerCase() === siteName.toLowerCase()) : risks,
        people: [],
        phases: DEFAULT_PHASE_DEFINITIONS.map((phase) => ({ ...phase })),
        targets: [],
        matrix: DEFAULT_MATRIX,
        today: todayIso(),
      };
      const document = generatePlan(parsed.document, planContext, {
        templateId: parsed.meta.id,
        templateVersion: parsed.meta.version,
        kind: parsed.meta.kind,
      });
      if (format === '.docx') {
        await writeDocxWithoutDatabase(
          document,
          { workspace: planContext.workspace.name, marking: planContext.workspace.marking, site: siteName ?? null },
          output,
        );
      } else {
        writeFileSync(output, `${JSON.stringify(document, null, 2)}\n`);
      }
      context.out(`Wrote ${output}: "${document.meta.title}" with ${planContext.risks.length} risk(s).`);
    },
  },
];
