import { levelRank, type RiskMatrix } from '#shared/domain/risk-matrix';

export interface SuggestableTemplate {
  id: string;
  title: string;
  kind: string;
  version: string;
  /** Threat category keys the template is meant for (empty: any). */
  appliesTo: readonly string[];
}

export interface SuggestableRisk {
  category: string;
  categoryLabel: string;
  /** Level label or key. */
  level: string;
}

export interface Suggestion {
  templateId: string;
  title: string;
  kind: string;
  version: string;
  score: number;
  reasons: string[];
}

/**
 * Ranks templates for a set of risks: a template scores for every selected risk in a category it
 * applies to, weighted by the risk's level, so a Very high abduction risk points to the abduction
 * plan before a Medium fire risk points to the fire plan. Site plans (no categories) always fit a little.
 */
export function suggestTemplates(
  templates: readonly SuggestableTemplate[],
  risks: readonly SuggestableRisk[],
  matrix: RiskMatrix,
): Suggestion[] {
  return templates
    .map((template) => {
      const matching = risks.filter((risk) => template.appliesTo.includes(risk.category));
      const score = matching.reduce((sum, risk) => sum + 1 + Math.max(0, levelRank(matrix, risk.level)), 0);
      const reasons = [...new Set(matching.map((risk) => risk.categoryLabel || risk.category))];
      const general = template.appliesTo.length === 0 ? 0.5 : 0;
      return {
        templateId: template.id,
        title: template.title,
        kind: template.kind,
        version: template.version,
        score: score + general,
        reasons,
      };
    })
    .sort((a, b) => b.score - a.score || a.title.localeCompare(b.title));
}
