import { heading } from '#shared/document/build';
import type { BlockNode, RiskSummaryTableNode } from '#shared/document/nodes';
import { walk } from '#shared/document/walk';
import type { PlanContext } from './context';

/**
 * Selected risks that the template's filters left out (a fire risk selected for an unrest plan)
 * would otherwise vanish from a plan that claims to cover them. They are listed in a section of
 * their own, before the approval block when there is one.
 */
export function withUnplacedRisks(blocks: BlockNode[], context: PlanContext): BlockNode[] {
  const placed = new Set<string>();
  walk(blocks, (node) => {
    if (node.type === 'risk-reference') placed.add(node.riskId);
    if (node.type === 'risk-summary-table') for (const row of node.rows) placed.add(row.riskId);
  });
  const unplaced = context.risks.filter((risk) => !placed.has(risk.id));
  if (unplaced.length === 0) return blocks;
  const table: RiskSummaryTableNode = {
    type: 'risk-summary-table',
    version: 1,
    title: 'Other selected risks',
    rows: unplaced.map((risk) => ({
      riskId: risk.id,
      title: risk.title,
      site: risk.site,
      category: risk.categoryLabel || risk.category,
      inherent: { ...risk.inherent },
      residual: risk.residual ? { ...risk.residual } : null,
      treatment: risk.treatment,
    })),
  };
  const section: BlockNode[] = [heading('h2', 'Other selected risks', { sectionKey: 'other-selected-risks' }), table];
  const approval = blocks.findIndex((block) => block.type === 'approval-block');
  if (approval < 0) return [...blocks, ...section];
  // Keep the approval block's own heading (if any) next to it.
  const before = approval > 0 && blocks[approval - 1]!.type === 'heading' ? approval - 1 : approval;
  return [...blocks.slice(0, before), ...section, ...blocks.slice(before)];
}
