import type { JSX } from 'react';
import type {
  ActionTableNode as StoredActionTable,
  ApprovalBlockNode as StoredApprovalBlock,
  CarverTableNode as StoredCarverTable,
  ChecklistNode as StoredChecklist,
  ContactTableNode as StoredContactTable,
  PaceTableNode as StoredPaceTable,
  PageBreakNode as StoredPageBreak,
  PhaseTableNode as StoredPhaseTable,
  RiskMatrixNode as StoredRiskMatrix,
  RiskSummaryTableNode as StoredRiskSummaryTable,
  SectionBreakNode as StoredSectionBreak,
} from '#shared/document';
import { ActionTableBlock } from '#renderer/editor/blocks/ActionTableBlock';
import { ApprovalBlockView } from '#renderer/editor/blocks/ApprovalBlockView';
import { CarverTableBlock } from '#renderer/editor/blocks/CarverTableBlock';
import { ChecklistBlock } from '#renderer/editor/blocks/ChecklistBlock';
import { ContactTableBlock } from '#renderer/editor/blocks/ContactTableBlock';
import { PaceTableBlock } from '#renderer/editor/blocks/PaceTableBlock';
import { PageBreakView } from '#renderer/editor/blocks/PageBreakView';
import { PhaseTableBlock } from '#renderer/editor/blocks/PhaseTableBlock';
import { RiskMatrixBlock } from '#renderer/editor/blocks/RiskMatrixBlock';
import { RiskSummaryTableBlock } from '#renderer/editor/blocks/RiskSummaryTableBlock';
import { SectionBreakView } from '#renderer/editor/blocks/SectionBreakView';
import { DataBlockNode } from './DataBlockNode';

/*
 * One node per stored block type: Lexical needs a class (and a type string) per node. Each names
 * its type and what it shows; DataBlockNode does the rest.
 */

export class ActionTableNode extends DataBlockNode<StoredActionTable> {
  override $config() {
    return this.config('action-table', { extends: DataBlockNode });
  }

  override decorate(): JSX.Element {
    return <ActionTableBlock nodeKey={this.__key} data={this.__data} />;
  }
}

export class ContactTableNode extends DataBlockNode<StoredContactTable> {
  override $config() {
    return this.config('contact-table', { extends: DataBlockNode });
  }

  override decorate(): JSX.Element {
    return <ContactTableBlock nodeKey={this.__key} data={this.__data} />;
  }
}

export class PaceTableNode extends DataBlockNode<StoredPaceTable> {
  override $config() {
    return this.config('pace-table', { extends: DataBlockNode });
  }

  override decorate(): JSX.Element {
    return <PaceTableBlock nodeKey={this.__key} data={this.__data} />;
  }
}

export class PhaseTableNode extends DataBlockNode<StoredPhaseTable> {
  override $config() {
    return this.config('phase-table', { extends: DataBlockNode });
  }

  override decorate(): JSX.Element {
    return <PhaseTableBlock nodeKey={this.__key} data={this.__data} />;
  }
}

export class ChecklistNode extends DataBlockNode<StoredChecklist> {
  override $config() {
    return this.config('checklist', { extends: DataBlockNode });
  }

  override decorate(): JSX.Element {
    return <ChecklistBlock nodeKey={this.__key} data={this.__data} />;
  }
}

export class RiskSummaryTableNode extends DataBlockNode<StoredRiskSummaryTable> {
  override $config() {
    return this.config('risk-summary-table', { extends: DataBlockNode });
  }

  override decorate(): JSX.Element {
    return <RiskSummaryTableBlock nodeKey={this.__key} data={this.__data} />;
  }
}

export class RiskMatrixNode extends DataBlockNode<StoredRiskMatrix> {
  override $config() {
    return this.config('risk-matrix', { extends: DataBlockNode });
  }

  override decorate(): JSX.Element {
    return <RiskMatrixBlock nodeKey={this.__key} data={this.__data} />;
  }
}

export class CarverTableNode extends DataBlockNode<StoredCarverTable> {
  override $config() {
    return this.config('carver-table', { extends: DataBlockNode });
  }

  override decorate(): JSX.Element {
    return <CarverTableBlock nodeKey={this.__key} data={this.__data} />;
  }
}

export class ApprovalBlockNode extends DataBlockNode<StoredApprovalBlock> {
  override $config() {
    return this.config('approval-block', { extends: DataBlockNode });
  }

  override decorate(): JSX.Element {
    return <ApprovalBlockView nodeKey={this.__key} data={this.__data} />;
  }
}

export class PageBreakNode extends DataBlockNode<StoredPageBreak> {
  override $config() {
    return this.config('page-break', { extends: DataBlockNode });
  }

  override decorate(): JSX.Element {
    return <PageBreakView nodeKey={this.__key} />;
  }
}

export class SectionBreakNode extends DataBlockNode<StoredSectionBreak> {
  override $config() {
    return this.config('section-break', { extends: DataBlockNode });
  }

  override decorate(): JSX.Element {
    return <SectionBreakView nodeKey={this.__key} data={this.__data} />;
  }
}
