import { heading, paragraph, storedDocument, table } from '#shared/document/build';
import type { BlockNode, RiskMatrixCell, RiskScore, StoredDocument } from '#shared/document/nodes';
import type { RiskMatrix } from '#shared/domain/risk-matrix';
import { levelFor } from '#shared/domain/risk-matrix';

/** The few fields of an assessed risk the report prints (a subset of risks.list's rows). */
export interface ReportRisk {
  id: string;
  title: string;
  siteName: string;
  categoryLabel: string;
  inherent: { likelihood: number; impact: number };
  residual: { likelihood: number; impact: number } | null;
  treatment: string;
  measures: Array<{ type: string; description: string; owner: string; dueDate: string | null; status: string }>;
  acceptance: { acceptedBy: string; expiry: string } | null;
  nextReviewDate: string | null;
}

export interface RiskRegisterReportInput {
  workspaceName: string;
  siteName?: string;
  risks: readonly ReportRisk[];
  matrix: RiskMatrix;
}

function score(matrix: RiskMatrix, assessment: { likelihood: number; impact: number }): RiskScore {
  const level = levelFor(matrix, assessment.likelihood, assessment.impact);
  return { ...assessment, level: level?.label ?? '?', color: level?.color ?? '#d9d9d9' };
}

function heatmap(title: string, matrix: RiskMatrix, points: Array<{ likelihood: number; impact: number }>): BlockNode {
  const cells: RiskMatrixCell[][] = matrix.likelihood.map((likelihood) =>
    matrix.impact.map((impact) => {
      const level = levelFor(matrix, likelihood.value, impact.value);
      const count = points.filter(
        (point) => point.likelihood === likelihood.value && point.impact === impact.value,
      ).length;
      return { level: level?.label ?? '', color: level?.color ?? '#d9d9d9', count };
    }),
  );
  return {
    type: 'risk-matrix',
    version: 1,
    title,
    likelihoodLabels: matrix.likelihood.map((step) => step.label),
    impactLabels: matrix.impact.map((step) => step.label),
    cells,
  };
}

/**
 * The risk register report: a summary by level and site, heatmaps of inherent and residual risk,
 * then the register itself and its measures on landscape pages.
 */
export function riskRegisterReport(input: RiskRegisterReportInput): StoredDocument {
  const { matrix, risks } = input;
  const levelOf = (risk: ReportRisk) => score(matrix, risk.residual ?? risk.inherent).level;
  const counts = matrix.levels
    .slice()
    .reverse()
    .map((level) => [level.label, String(risks.filter((risk) => levelOf(risk) === level.label).length)]);
  const sites = [...new Set(risks.map((risk) => risk.siteName))].sort((a, b) => a.localeCompare(b));
  const measures = risks.flatMap((risk) =>
    risk.measures.map((measure) => [
      risk.title,
      measure.type,
      measure.description,
      measure.owner,
      measure.dueDate ?? '',
      measure.status,
    ]),
  );
  const blocks: BlockNode[] = [
    heading('h1', 'Summary'),
    paragraph(
      `${risks.length} assessed risk${risks.length === 1 ? '' : 's'} at ${sites.length} site${sites.length === 1 ? '' : 's'}` +
        `${input.siteName ? ` (${input.siteName})` : ''}. Levels are the residual level where one is assessed, else the inherent level.`,
    ),
    table(['Current level', 'Risks'], counts),
    table(
      ['Site', 'Risks', 'Highest current level'],
      sites.map((site) => {
        const atSite = risks.filter((risk) => risk.siteName === site);
        const ranked = matrix.levels.map((level) => level.label);
        const highest = atSite.map(levelOf).sort((a, b) => ranked.indexOf(b) - ranked.indexOf(a))[0] ?? '';
        return [site, String(atSite.length), highest];
      }),
    ),
    heading('h1', 'Heatmaps'),
    heatmap(
      'Inherent risk',
      matrix,
      risks.map((risk) => risk.inherent),
    ),
    heatmap(
      'Residual risk',
      matrix,
      risks.flatMap((risk) => (risk.residual ? [risk.residual] : [])),
    ),
    { type: 'section-break', version: 1, orientation: 'landscape' },
    heading('h1', 'Register'),
    {
      type: 'risk-summary-table',
      version: 1,
      title: 'Assessed risks',
      rows: risks.map((risk) => ({
        riskId: risk.id,
        title: risk.title,
        site: risk.siteName,
        category: risk.categoryLabel,
        inherent: score(matrix, risk.inherent),
        residual: risk.residual ? score(matrix, risk.residual) : null,
        treatment: risk.treatment,
      })),
    },
    heading('h2', 'Acceptance and review'),
    table(
      ['Risk', 'Accepted by', 'Acceptance expires', 'Next review'],
      risks.map((risk) => [
        risk.title,
        risk.acceptance?.acceptedBy ?? '',
        risk.acceptance?.expiry ?? '',
        risk.nextReviewDate ?? '',
      ]),
    ),
    heading('h2', 'Measures'),
    measures.length > 0
      ? table(['Risk', 'Type', 'Measure', 'Owner', 'Due', 'Status'], measures)
      : paragraph('No measures recorded.'),
  ];
  const title = `Risk register report — ${input.siteName ?? input.workspaceName}`;
  return storedDocument({ title, kind: 'risk-register-report' }, blocks);
}
