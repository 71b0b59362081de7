import type { JSX } from 'react';
import { $applyNodeReplacement, type LexicalNode, type NodeKey } from 'lexical';
import type {
  ActionTableNode as SerializedActionTableNode,
  ContactTableNode as SerializedContactTableNode,
  PaceTableNode as SerializedPaceTableNode,
  PhaseTableNode as SerializedPhaseTableNode,
  ChecklistNode as SerializedChecklistNode,
  RiskSummaryTableNode as SerializedRiskSummaryTableNode,
  RiskMatrixNode as SerializedRiskMatrixNode,
  CarverTableNode as SerializedCarverTableNode,
  ApprovalBlockNode as SerializedApprovalBlockNode,
  PageBreakNode as SerializedPageBreakNode,
  SectionBreakNode as SerializedSectionBreakNode,
} from '#shared/document';
import { ActionTableBlock } from '#renderer/editor/blocks/ActionTableBlock';
import { ContactTableBlock } from '#renderer/editor/blocks/ContactTableBlock';
import { PaceTableBlock } from '#renderer/editor/blocks/PaceTableBlock';
import { PhaseTableBlock } from '#renderer/editor/blocks/PhaseTableBlock';
import { ChecklistBlock } from '#renderer/editor/blocks/ChecklistBlock';
import { RiskSummaryTableBlock } from '#renderer/editor/blocks/RiskSummaryTableBlock';
import { RiskMatrixBlock } from '#renderer/editor/blocks/RiskMatrixBlock';
import { CarverTableBlock } from '#renderer/editor/blocks/CarverTableBlock';
import { ApprovalBlockView } from '#renderer/editor/blocks/ApprovalBlockView';
import { PageBreakView } from '#renderer/editor/blocks/PageBreakView';
import { SectionBreakView } from '#renderer/editor/blocks/SectionBreakView';
import { DataBlockNode, blockData, type BlockData } from './DataBlockNode';
import type { SerializedInput } from './serialized-input';

/* One small class per structured block type: Lexical needs a class (and a type string) per node. */

export type { SerializedActionTableNode };

export class ActionTableNode extends DataBlockNode<SerializedActionTableNode> {
  static override getType(): 'action-table' {
    return 'action-table';
  }

  static override clone(node: ActionTableNode): ActionTableNode {
    return new ActionTableNode(node.__data, node.__key);
  }

  static override importJSON(serialized: SerializedInput): ActionTableNode {
    return $createActionTableNode(blockData<SerializedActionTableNode>(serialized));
  }

  override decorate(): JSX.Element {
    return <ActionTableBlock nodeKey={this.__key} data={this.__data} />;
  }
}

export function $createActionTableNode(data: BlockData<SerializedActionTableNode>, key?: NodeKey): ActionTableNode {
  return $applyNodeReplacement(new ActionTableNode(data, key));
}

export function $isActionTableNode(node: LexicalNode | null | undefined): node is ActionTableNode {
  return node instanceof ActionTableNode;
}

export type { SerializedContactTableNode };

export class ContactTableNode extends DataBlockNode<SerializedContactTableNode> {
  static override getType(): 'contact-table' {
    return 'contact-table';
  }

  static override clone(node: ContactTableNode): ContactTableNode {
    return new ContactTableNode(node.__data, node.__key);
  }

  static override importJSON(serialized: SerializedInput): ContactTableNode {
    return $createContactTableNode(blockData<SerializedContactTableNode>(serialized));
  }

  override decorate(): JSX.Element {
    return <ContactTableBlock nodeKey={this.__key} data={this.__data} />;
  }
}

export function $createContactTableNode(data: BlockData<SerializedContactTableNode>, key?: NodeKey): ContactTableNode {
  return $applyNodeReplacement(new ContactTableNode(data, key));
}

export function $isContactTableNode(node: LexicalNode | null | undefined): node is ContactTableNode {
  return node instanceof ContactTableNode;
}

export type { SerializedPaceTableNode };

export class PaceTableNode extends DataBlockNode<SerializedPaceTableNode> {
  static override getType(): 'pace-table' {
    return 'pace-table';
  }

  static override clone(node: PaceTableNode): PaceTableNode {
    return new PaceTableNode(node.__data, node.__key);
  }

  static override importJSON(serialized: SerializedInput): PaceTableNode {
    return $createPaceTableNode(blockData<SerializedPaceTableNode>(serialized));
  }

  override decorate(): JSX.Element {
    return <PaceTableBlock nodeKey={this.__key} data={this.__data} />;
  }
}

export function $createPaceTableNode(data: BlockData<SerializedPaceTableNode>, key?: NodeKey): PaceTableNode {
  return $applyNodeReplacement(new PaceTableNode(data, key));
}

export function $isPaceTableNode(node: LexicalNode | null | undefined): node is PaceTableNode {
  return node instanceof PaceTableNode;
}

export type { SerializedPhaseTableNode };

export class PhaseTableNode extends DataBlockNode<SerializedPhaseTableNode> {
  static override getType(): 'phase-table' {
    return 'phase-table';
  }

  static override clone(node: PhaseTableNode): PhaseTableNode {
    return new PhaseTableNode(node.__data, node.__key);
  }

  static override importJSON(serialized: SerializedInput): PhaseTableNode {
    return $createPhaseTableNode(blockData<SerializedPhaseTableNode>(serialized));
  }

  override decorate(): JSX.Element {
    return <PhaseTableBlock nodeKey={this.__key} data={this.__data} />;
  }
}

export function $createPhaseTableNode(data: BlockData<SerializedPhaseTableNode>, key?: NodeKey): PhaseTableNode {
  return $applyNodeReplacement(new PhaseTableNode(data, key));
}

export function $isPhaseTableNode(node: LexicalNode | null | undefined): node is PhaseTableNode {
  return node instanceof PhaseTableNode;
}

export type { SerializedChecklistNode };

export class ChecklistNode extends DataBlockNode<SerializedChecklistNode> {
  static override getType(): 'checklist' {
    return 'checklist';
  }

  static override clone(node: ChecklistNode): ChecklistNode {
    return new ChecklistNode(node.__data, node.__key);
  }

  static override importJSON(serialized: SerializedInput): ChecklistNode {
    return $createChecklistNode(blockData<SerializedChecklistNode>(serialized));
  }

  override decorate(): JSX.Element {
    return <ChecklistBlock nodeKey={this.__key} data={this.__data} />;
  }
}

export function $createChecklistNode(data: BlockData<SerializedChecklistNode>, key?: NodeKey): ChecklistNode {
  return $applyNodeReplacement(new ChecklistNode(data, key));
}

export function $isChecklistNode(node: LexicalNode | null | undefined): node is ChecklistNode {
  return node instanceof ChecklistNode;
}

export type { SerializedRiskSummaryTableNode };

export class RiskSummaryTableNode extends DataBlockNode<SerializedRiskSummaryTableNode> {
  static override getType(): 'risk-summary-table' {
    return 'risk-summary-table';
  }

  static override clone(node: RiskSummaryTableNode): RiskSummaryTableNode {
    return new RiskSummaryTableNode(node.__data, node.__key);
  }

  static override importJSON(serialized: SerializedInput): RiskSummaryTableNode {
    return $createRiskSummaryTableNode(blockData<SerializedRiskSummaryTableNode>(serialized));
  }

  override decorate(): JSX.Element {
    return <RiskSummaryTableBlock nodeKey={this.__key} data={this.__data} />;
  }
}

export function $createRiskSummaryTableNode(
  data: BlockData<SerializedRiskSummaryTableNode>,
  key?: NodeKey,
): RiskSummaryTableNode {
  return $applyNodeReplacement(new RiskSummaryTableNode(data, key));
}

export function $isRiskSummaryTableNode(node: LexicalNode | null | undefined): node is RiskSummaryTableNode {
  return node instanceof RiskSummaryTableNode;
}

export type { SerializedRiskMatrixNode };

export class RiskMatrixNode extends DataBlockNode<SerializedRiskMatrixNode> {
  static override getType(): 'risk-matrix' {
    return 'risk-matrix';
  }

  static override clone(node: RiskMatrixNode): RiskMatrixNode {
    return new RiskMatrixNode(node.__data, node.__key);
  }

  static override importJSON(serialized: SerializedInput): RiskMatrixNode {
    return $createRiskMatrixNode(blockData<SerializedRiskMatrixNode>(serialized));
  }

  override decorate(): JSX.Element {
    return <RiskMatrixBlock nodeKey={this.__key} data={this.__data} />;
  }
}

export function $createRiskMatrixNode(data: BlockData<SerializedRiskMatrixNode>, key?: NodeKey): RiskMatrixNode {
  return $applyNodeReplacement(new RiskMatrixNode(data, key));
}

export function $isRiskMatrixNode(node: LexicalNode | null | undefined): node is RiskMatrixNode {
  return node instanceof RiskMatrixNode;
}

export type { SerializedCarverTableNode };

export class CarverTableNode extends DataBlockNode<SerializedCarverTableNode> {
  static override getType(): 'carver-table' {
    return 'carver-table';
  }

  static override clone(node: CarverTableNode): CarverTableNode {
    return new CarverTableNode(node.__data, node.__key);
  }

  static override importJSON(serialized: SerializedInput): CarverTableNode {
    return $createCarverTableNode(blockData<SerializedCarverTableNode>(serialized));
  }

  override decorate(): JSX.Element {
    return <CarverTableBlock nodeKey={this.__key} data={this.__data} />;
  }
}

export function $createCarverTableNode(data: BlockData<SerializedCarverTableNode>, key?: NodeKey): CarverTableNode {
  return $applyNodeReplacement(new CarverTableNode(data, key));
}

export function $isCarverTableNode(node: LexicalNode | null | undefined): node is CarverTableNode {
  return node instanceof CarverTableNode;
}

export type { SerializedApprovalBlockNode };

export class ApprovalBlockNode extends DataBlockNode<SerializedApprovalBlockNode> {
  static override getType(): 'approval-block' {
    return 'approval-block';
  }

  static override clone(node: ApprovalBlockNode): ApprovalBlockNode {
    return new ApprovalBlockNode(node.__data, node.__key);
  }

  static override importJSON(serialized: SerializedInput): ApprovalBlockNode {
    return $createApprovalBlockNode(blockData<SerializedApprovalBlockNode>(serialized));
  }

  override decorate(): JSX.Element {
    return <ApprovalBlockView nodeKey={this.__key} data={this.__data} />;
  }
}

export function $createApprovalBlockNode(
  data: BlockData<SerializedApprovalBlockNode>,
  key?: NodeKey,
): ApprovalBlockNode {
  return $applyNodeReplacement(new ApprovalBlockNode(data, key));
}

export function $isApprovalBlockNode(node: LexicalNode | null | undefined): node is ApprovalBlockNode {
  return node instanceof ApprovalBlockNode;
}

export type { SerializedPageBreakNode };

export class PageBreakNode extends DataBlockNode<SerializedPageBreakNode> {
  static override getType(): 'page-break' {
    return 'page-break';
  }

  static override clone(node: PageBreakNode): PageBreakNode {
    return new PageBreakNode(node.__data, node.__key);
  }

  static override importJSON(serialized: SerializedInput): PageBreakNode {
    return $createPageBreakNode(blockData<SerializedPageBreakNode>(serialized));
  }

  override decorate(): JSX.Element {
    return <PageBreakView nodeKey={this.__key} />;
  }
}

export function $createPageBreakNode(data: BlockData<SerializedPageBreakNode>, key?: NodeKey): PageBreakNode {
  return $applyNodeReplacement(new PageBreakNode(data, key));
}

export function $isPageBreakNode(node: LexicalNode | null | undefined): node is PageBreakNode {
  return node instanceof PageBreakNode;
}

export type { SerializedSectionBreakNode };

export class SectionBreakNode extends DataBlockNode<SerializedSectionBreakNode> {
  static override getType(): 'section-break' {
    return 'section-break';
  }

  static override clone(node: SectionBreakNode): SectionBreakNode {
    return new SectionBreakNode(node.__data, node.__key);
  }

  static override importJSON(serialized: SerializedInput): SectionBreakNode {
    return $createSectionBreakNode(blockData<SerializedSectionBreakNode>(serialized));
  }

  override decorate(): JSX.Element {
    return <SectionBreakView nodeKey={this.__key} data={this.__data} />;
  }
}

export function $createSectionBreakNode(data: BlockData<SerializedSectionBreakNode>, key?: NodeKey): SectionBreakNode {
  return $applyNodeReplacement(new SectionBreakNode(data, key));
}

export function $isSectionBreakNode(node: LexicalNode | null | undefined): node is SectionBreakNode {
  return node instanceof SectionBreakNode;
}

export const STRUCTURED_BLOCK_NODES = [
  ActionTableNode,
  ContactTableNode,
  PaceTableNode,
  PhaseTableNode,
  ChecklistNode,
  RiskSummaryTableNode,
  RiskMatrixNode,
  CarverTableNode,
  ApprovalBlockNode,
  PageBreakNode,
  SectionBreakNode,
];
