import type { ImportProblem } from '#shared/contract/register-io';
import { riskFieldsSchema, type ParsedRiskFields } from '#shared/contract/risks';
import {
  PROGRAMME_CRITICALITIES,
  RISK_STATUSES,
  TREATMENTS,
  isIsoDate,
  type RiskMatrix,
  type ScaleStep,
  type ThreatCategory,
} from '#shared/domain';
import { headerOf, mapHeaders, type ColumnKey } from './columns';
import { restoreNeutralized } from './spreadsheet-safety';

export interface RowContext {
  sites: ReadonlyArray<{ id: string; name: string }>;
  categories: readonly ThreatCategory[];
  matrix: RiskMatrix;
  /** Used when a row's Site cell is empty (the CLI's --site). */
  defaultSiteName?: string;
}

export interface ValidRow {
  row: number;
  fields: ParsedRiskFields;
  siteName: string;
  categoryLabel: string;
}

export interface ValidationResult {
  valid: ValidRow[];
  problems: ImportProblem[];
  rejectedRows: number;
  totalRows: number;
  unknownColumns: string[];
}

const FIELD_TO_COLUMN: Record<string, ColumnKey> = {
  siteId: 'site',
  title: 'title',
  categoryKey: 'category',
  description: 'description',
  exposed: 'exposed',
  vulnerabilities: 'vulnerabilities',
  existingMeasures: 'existingMeasures',
  treatment: 'treatment',
  nextReviewDate: 'nextReviewDate',
  status: 'status',
  acceptedBy: 'acceptedBy',
  criticality: 'criticality',
  date: 'acceptanceDate',
  expiry: 'acceptanceExpiry',
};

/** Which column a schema issue path points at, for a message the user can find in the file. */
function columnOfPath(path: PropertyKey[]): string | null {
  const [first, second] = path.map(String);
  if (first === 'inherent' || first === 'residual') {
    return headerOf(`${first}${second === 'impact' ? 'Impact' : 'Likelihood'}` as ColumnKey);
  }
  const key = FIELD_TO_COLUMN[first === 'acceptance' ? (second ?? 'acceptedBy') : (first ?? '')];
  return key ? headerOf(key) : null;
}

/** A scale value from "3", "3 - Moderately likely" or the label "Moderately likely". */
function parseScale(text: string, steps: readonly ScaleStep[]): number | null {
  const leading = /^(\d+)(?:\s*[-–:.]\s*.*)?$/.exec(text);
  if (leading) return Number(leading[1]);
  const wanted = text.toLowerCase();
  return steps.find((step) => step.label.toLowerCase() === wanted)?.value ?? null;
}

const oneOf = <T extends string>(values: readonly T[], text: string): T | undefined =>
  values.find((value) => value === text.toLowerCase().replace(/\s+/g, '-'));

/**
 * Turns the rows of a register file into risk fields, reporting every bad row with its row
 * number, column and reason. Never throws on content: anything unexpected becomes a problem.
 */
export function validateRows(rows: readonly string[][], context: RowContext): ValidationResult {
  const [header = [], ...body] = rows;
  const map = mapHeaders(header);
  const problems: ImportProblem[] = [];
  const fileProblem = (message: string) => problems.push({ row: null, column: null, message });
  if (map.missingRequired.length)
    fileProblem(
      `The header row (row 1) lacks the required column${map.missingRequired.length > 1 ? 's' : ''} ` +
        `${map.missingRequired.map((name) => `"${name}"`).join(', ')}.`,
    );
  for (const duplicate of map.duplicates) fileProblem(`The column "${duplicate}" appears twice in the header row.`);
  const defaultSite = context.defaultSiteName?.trim();
  const siteByName = new Map(context.sites.map((site) => [site.name.toLowerCase(), site]));
  if (defaultSite && !siteByName.has(defaultSite.toLowerCase()))
    fileProblem(`There is no site named "${defaultSite}" in this workspace.`);
  if (problems.length) {
    return { valid: [], problems, rejectedRows: 0, totalRows: body.length, unknownColumns: map.unknown };
  }

  const categoryByText = new Map<string, ThreatCategory>();
  for (const category of context.categories) {
    categoryByText.set(category.key, category);
    categoryByText.set(category.label.toLowerCase(), category);
  }

  const valid: ValidRow[] = [];
  let rejectedRows = 0;
  let totalRows = 0;
  body.forEach((cells, index) => {
    const rowNumber = index + 2;
    const cell = (key: ColumnKey): string => {
      const at = map.indexOf[key];
      return at === undefined ? '' : restoreNeutralized(String(cells[at] ?? '')).trim();
    };
    if (cells.every((value) => String(value ?? '').trim() === '')) return;
    totalRows += 1;
    const rowProblems: ImportProblem[] = [];
    const problem = (key: ColumnKey | null, message: string) =>
      rowProblems.push({ row: rowNumber, column: key ? headerOf(key) : null, message });

    const siteText = cell('site') || defaultSite || '';
    const site = siteByName.get(siteText.toLowerCase());
    if (!siteText) problem('site', 'No site: fill the Site column or choose a site for the whole file.');
    else if (!site) problem('site', `There is no site named "${siteText}" in this workspace.`);

    const categoryText = cell('category');
    const category = categoryByText.get(categoryText.toLowerCase());
    if (categoryText && !category) problem('category', `Unknown category "${categoryText}".`);

    const scale = (key: ColumnKey, steps: readonly ScaleStep[], name: string): number | null => {
      const text = cell(key);
      if (!text) return null;
      const value = parseScale(text, steps);
      if (value === null || value < 1 || value > steps.length) {
        problem(key, `"${text}" is not a ${name} from 1 to ${steps.length} or one of its labels.`);
        return null;
      }
      return value;
    };
    const inherentLikelihood = scale('inherentLikelihood', context.matrix.likelihood, 'likelihood');
    const inherentImpact = scale('inherentImpact', context.matrix.impact, 'impact');
    const residualLikelihood = scale('residualLikelihood', context.matrix.likelihood, 'likelihood');
    const residualImpact = scale('residualImpact', context.matrix.impact, 'impact');
    if (!cell('inherentLikelihood')) problem('inherentLikelihood', 'Required.');
    if (!cell('inherentImpact')) problem('inherentImpact', 'Required.');
    if ((cell('residualLikelihood') === '') !== (cell('residualImpact') === ''))
      problem('residualLikelihood', 'Give both residual likelihood and residual impact, or neither.');

    const enumCell = <T extends string>(key: ColumnKey, values: readonly T[], fallback: T): T => {
      const text = cell(key);
      if (!text) return fallback;
      const value = oneOf(values, text);
      if (!value) problem(key, `"${text}" is not one of: ${values.join(', ')}.`);
      return value ?? fallback;
    };
    const treatment = enumCell('treatment', TREATMENTS, 'reduce');
    const status = enumCell('status', RISK_STATUSES, 'assessed');

    const date = (key: ColumnKey): string | null => {
      const text = cell(key);
      if (!text) return null;
      if (!isIsoDate(text)) problem(key, `"${text}" is not a date written YYYY-MM-DD.`);
      return isIsoDate(text) ? text : null;
    };
    const acceptanceCells = {
      acceptedBy: cell('acceptedBy'),
      criticality: cell('criticality').toUpperCase(),
      date: date('acceptanceDate'),
      expiry: date('acceptanceExpiry'),
    };
    const acceptanceGiven = [
      acceptanceCells.acceptedBy,
      acceptanceCells.criticality,
      cell('acceptanceDate'),
      cell('acceptanceExpiry'),
    ];
    if (acceptanceGiven.some(Boolean) && !acceptanceGiven.every(Boolean))
      problem(
        'acceptedBy',
        'An acceptance needs all four: Accepted by, Programme criticality, Acceptance date and Acceptance expiry.',
      );
    if (
      acceptanceCells.criticality &&
      !(PROGRAMME_CRITICALITIES as readonly string[]).includes(acceptanceCells.criticality)
    )
      problem('criticality', `"${cell('criticality')}" is not one of PC1, PC2, PC3, PC4.`);
    const nextReviewDate = date('nextReviewDate');

    if (rowProblems.length === 0) {
      const candidate = {
        siteId: site!.id,
        title: cell('title'),
        categoryKey: category?.key ?? '',
        description: cell('description'),
        exposed: cell('exposed')
          .split(/[;,]/)
          .map((part) => part.trim())
          .filter(Boolean),
        vulnerabilities: cell('vulnerabilities'),
        existingMeasures: cell('existingMeasures'),
        inherent: { likelihood: inherentLikelihood, impact: inherentImpact },
        residual: residualLikelihood === null ? null : { likelihood: residualLikelihood, impact: residualImpact },
        treatment,
        acceptance: acceptanceCells.acceptedBy ? acceptanceCells : null,
        nextReviewDate,
        status,
      };
      const parsed = riskFieldsSchema.safeParse(candidate);
      if (parsed.success) {
        valid.push({ row: rowNumber, fields: parsed.data, siteName: site!.name, categoryLabel: category!.label });
      } else {
        for (const issue of parsed.error.issues) {
          rowProblems.push({ row: rowNumber, column: columnOfPath(issue.path), message: `${issue.message}.` });
        }
      }
    }
    if (rowProblems.length) {
      rejectedRows += 1;
      problems.push(...rowProblems);
    }
  });
  return { valid, problems, rejectedRows, totalRows, unknownColumns: map.unknown };
}
