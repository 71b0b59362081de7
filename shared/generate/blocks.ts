import type {
  ActionRow,
  BlockSource,
  ContactRow,
  PhaseRow,
  RiskMatrixNode,
  RiskSummaryRow,
  StructuredBlockNode,
} from '#shared/document/nodes';
import { levelFor } from '#shared/domain/risk-matrix';
import { carverTotal } from './context';
import { itemsOf } from './collections';
import { fillText, type Scope, type ScopeItem } from './scope';

function actionRow(bound: ScopeItem, index: number): ActionRow | undefined {
  switch (bound.collection) {
    case 'measures':
      return {
        id: `measure-${bound.item.id}`,
        trigger: bound.risk.title,
        action: bound.item.description,
        responsible: bound.item.owner,
        when: bound.item.dueDate,
        origin: bound.item.id,
      };
    case 'phases':
      return {
        id: `phase-${bound.item.phase}-${index}`,
        trigger: bound.item.indicators.join('; '),
        action: bound.item.actions.join('; '),
        responsible: bound.item.declaredBy,
        when: bound.item.name,
      };
    default:
      return undefined;
  }
}

function contactRow(bound: ScopeItem): ContactRow | undefined {
  if (bound.collection !== 'contacts') return undefined;
  const person = bound.item;
  return {
    id: `person-${person.id}`,
    name: person.name,
    role: person.role,
    phone: person.phone,
    email: person.email,
    callSign: person.callSign,
    deputy: person.deputy,
    calls: [...person.calls],
  };
}

function phaseRow(bound: ScopeItem): PhaseRow | undefined {
  if (bound.collection !== 'phases') return undefined;
  const phase = bound.item;
  return {
    id: `phase-${phase.phase}`,
    phase: phase.phase,
    name: phase.name,
    indicators: [...phase.indicators],
    declaredBy: phase.declaredBy,
    actions: [...phase.actions],
  };
}

function riskRow(bound: ScopeItem): RiskSummaryRow | undefined {
  if (bound.collection !== 'risks') return undefined;
  const risk = bound.item;
  return {
    riskId: risk.id,
    title: risk.title,
    site: risk.site,
    category: risk.categoryLabel || risk.category,
    inherent: { ...risk.inherent },
    residual: risk.residual ? { ...risk.residual } : null,
    treatment: risk.treatment,
  };
}

/** The workspace matrix, with how many of the plan's risks (inherent) fall in each cell. */
function filledMatrix(scope: Scope, node: RiskMatrixNode): RiskMatrixNode {
  const { matrix, risks } = scope.context;
  const cells = matrix.likelihood.map((likelihood) =>
    matrix.impact.map((impact) => {
      const level = levelFor(matrix, likelihood.value, impact.value);
      const count = risks.filter(
        (risk) => risk.inherent.likelihood === likelihood.value && risk.inherent.impact === impact.value,
      ).length;
      return { level: level?.label ?? '', color: level?.color ?? '#ffffff', count };
    }),
  );
  return {
    ...node,
    title: fillText(scope, node.title),
    likelihoodLabels: matrix.likelihood.map((step) => step.label),
    impactLabels: matrix.impact.map((step) => step.label),
    cells,
  };
}

function defined<T>(value: T | undefined): value is T {
  return value !== undefined;
}

/**
 * A structured block with its rows filled from its `source` (which is then dropped). Rows written
 * in the template come first and keep their text, with `{{key}}` placeholders filled.
 */
export function fillBlock(scope: Scope, node: StructuredBlockNode): StructuredBlockNode {
  const itemsFrom = (source: BlockSource | undefined) => (source ? itemsOf(scope, source.from, source.filter) : []);
  const fill = (value: string) => fillText(scope, value);

  switch (node.type) {
    case 'action-table': {
      const { source, ...rest } = node;
      const written = node.rows.map((row) => ({
        ...row,
        trigger: fill(row.trigger),
        action: fill(row.action),
        responsible: fill(row.responsible),
        when: fill(row.when),
      }));
      return {
        ...rest,
        title: fill(node.title),
        rows: [...written, ...itemsFrom(source).map(actionRow).filter(defined)],
      };
    }
    case 'contact-table': {
      const { source, ...rest } = node;
      return {
        ...rest,
        title: fill(node.title),
        rows: [...node.rows, ...itemsFrom(source).map(contactRow).filter(defined)],
      };
    }
    case 'phase-table': {
      const { source, ...rest } = node;
      return {
        ...rest,
        title: fill(node.title),
        rows: [...node.rows, ...itemsFrom(source).map(phaseRow).filter(defined)],
      };
    }
    case 'risk-summary-table': {
      const { source, ...rest } = node;
      return {
        ...rest,
        title: fill(node.title),
        rows: [...node.rows, ...itemsFrom(source).map(riskRow).filter(defined)],
      };
    }
    case 'carver-table': {
      const { source, ...rest } = node;
      const fromTargets = itemsFrom(source).flatMap((bound) =>
        bound.collection === 'targets'
          ? [
              {
                targetId: bound.item.id,
                name: bound.item.name,
                criticality: bound.item.criticality,
                accessibility: bound.item.accessibility,
                recuperability: bound.item.recuperability,
                vulnerability: bound.item.vulnerability,
                effect: bound.item.effect,
                recognizability: bound.item.recognizability,
                total: carverTotal(bound.item),
              },
            ]
          : [],
      );
      const rows = [...node.rows, ...fromTargets].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
      return { ...rest, title: fill(node.title), rows };
    }
    case 'risk-matrix':
      return filledMatrix(scope, node);
    case 'checklist':
      return {
        ...node,
        title: fill(node.title),
        items: node.items.map((item) => ({ ...item, text: fill(item.text) })),
      };
    case 'pace-table':
      return {
        ...node,
        title: fill(node.title),
        rows: node.rows.map((row) => ({
          ...row,
          means: fill(row.means),
          details: fill(row.details),
          owner: fill(row.owner),
        })),
      };
    case 'approval-block':
      return {
        ...node,
        rows: node.rows.map((row) => ({ ...row, name: fill(row.name), title: fill(row.title), date: fill(row.date) })),
      };
  }
}
