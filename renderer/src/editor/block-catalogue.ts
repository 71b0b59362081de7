import { PACE_LEVELS, paragraph, type BlockNode, type RiskMatrixNode } from '#shared/document';
import { DEFAULT_MATRIX, type RiskMatrix } from '#shared/domain/risk-matrix';
import type { EditorMode } from './editor-context';

function rowId(): string {
  return crypto.randomUUID();
}

/** A matrix block drawn from the organisation's matrix (the default one until settings pass it in). */
export function matrixBlock(matrix: RiskMatrix): RiskMatrixNode {
  const levels = new Map(matrix.levels.map((level) => [level.key, level]));
  return {
    type: 'risk-matrix',
    version: 1,
    title: '',
    likelihoodLabels: matrix.likelihood.map((step) => step.label),
    impactLabels: matrix.impact.map((step) => step.label),
    cells: matrix.cells.map((row) =>
      row.map((key) => ({ level: levels.get(key)?.label ?? key, color: levels.get(key)?.color ?? '#ffffff' })),
    ),
  };
}

export interface InsertableBlock {
  /** Stable id, also the translation key under editor.insert. */
  id: string;
  /** Extra words the slash menu matches on. */
  keywords: string[];
  /** Template-only blocks are offered in template mode only. */
  templateOnly?: boolean;
  create(translate: (key: string) => string): BlockNode;
}

/** The structured blocks the insert menu offers, each created with a sensible empty start. */
export const INSERTABLE_BLOCKS: readonly InsertableBlock[] = [
  {
    id: 'actionTable',
    keywords: ['action', 'trigger', 'responsible', 'who', 'when'],
    create: () => ({
      type: 'action-table',
      version: 1,
      title: '',
      rows: [{ id: rowId(), trigger: '', action: '', responsible: '', when: '' }],
    }),
  },
  {
    id: 'contactTable',
    keywords: ['contact', 'phone', 'people'],
    create: () => ({ type: 'contact-table', version: 1, variant: 'contacts', title: '', rows: [] }),
  },
  {
    id: 'callTree',
    keywords: ['call', 'tree', 'cascade', 'notification'],
    create: () => ({ type: 'contact-table', version: 1, variant: 'call-tree', title: '', rows: [] }),
  },
  {
    id: 'paceTable',
    keywords: ['pace', 'communications', 'radio'],
    create: () => ({
      type: 'pace-table',
      version: 1,
      title: '',
      rows: PACE_LEVELS.map((level) => ({ id: rowId(), level, means: '', details: '', owner: '' })),
    }),
  },
  {
    id: 'phaseTable',
    keywords: ['phase', 'indicator', 'hibernation', 'relocation', 'evacuation'],
    create: () => ({ type: 'phase-table', version: 1, title: '', rows: [] }),
  },
  {
    id: 'checklist',
    keywords: ['check', 'tick', 'todo'],
    create: () => ({ type: 'checklist', version: 1, title: '', items: [{ id: rowId(), text: '', checked: false }] }),
  },
  {
    id: 'riskSummaryTable',
    keywords: ['risk', 'summary', 'register'],
    create: () => ({ type: 'risk-summary-table', version: 1, title: '', source: { from: 'risks' }, rows: [] }),
  },
  {
    id: 'riskMatrix',
    keywords: ['matrix', 'likelihood', 'impact'],
    create: () => matrixBlock(DEFAULT_MATRIX),
  },
  {
    id: 'carverTable',
    keywords: ['carver', 'target', 'criticality'],
    create: () => ({ type: 'carver-table', version: 1, title: '', source: { from: 'targets' }, rows: [] }),
  },
  {
    id: 'approvalBlock',
    keywords: ['approval', 'signature', 'approved'],
    create: (translate) => ({
      type: 'approval-block',
      version: 1,
      rows: ['preparedBy', 'reviewedBy', 'approvedBy'].map((role) => ({
        role: translate(`editor.approval.roles.${role}`),
        name: '',
        title: '',
        date: '',
      })),
    }),
  },
  { id: 'pageBreak', keywords: ['page', 'break'], create: () => ({ type: 'page-break', version: 1 }) },
  {
    id: 'sectionBreak',
    keywords: ['section', 'landscape', 'orientation'],
    create: () => ({ type: 'section-break', version: 1, orientation: 'landscape' }),
  },
  {
    id: 'repeat',
    keywords: ['repeat', 'each', 'loop'],
    templateOnly: true,
    create: () => ({
      type: 'repeat',
      version: 1,
      over: 'risks',
      as: 'risk',
      filter: {},
      children: [paragraph('')],
    }),
  },
  {
    id: 'conditional',
    keywords: ['if', 'condition', 'when'],
    templateOnly: true,
    create: () => ({
      type: 'conditional',
      version: 1,
      condition: { test: 'any', over: 'risks', filter: { minLevel: 'Very high' } },
      children: [paragraph('')],
      otherwise: [paragraph('')],
    }),
  },
];

export function blocksFor(mode: EditorMode): InsertableBlock[] {
  return INSERTABLE_BLOCKS.filter((block) => mode === 'template' || !block.templateOnly);
}
