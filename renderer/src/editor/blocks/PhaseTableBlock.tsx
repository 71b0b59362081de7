import type { NodeKey } from 'lexical';
import { useTranslation } from 'react-i18next';
import type { PhaseRow, PhaseTableNode } from '#shared/document';
import type { BlockData } from '#renderer/editor/nodes/DataBlockNode';
import { BlockFrame } from './BlockFrame';
import { RowsTable, type RowsColumn } from './RowsTable';
import { newRowId, useBlockData } from './use-block-data';

/** Security phases with their indicators, who declares them and the actions on entering them. */
export function PhaseTableBlock({ nodeKey, data }: { nodeKey: NodeKey; data: BlockData<PhaseTableNode> }) {
  const { t } = useTranslation();
  const { editable, update } = useBlockData<PhaseTableNode>(nodeKey);
  const columns: Array<RowsColumn<PhaseRow>> = [
    { key: 'phase', label: t('editor.phase.phase'), kind: 'number' },
    { key: 'name', label: t('editor.phase.name'), kind: 'text' },
    { key: 'indicators', label: t('editor.phase.indicators'), kind: 'lines' },
    { key: 'declaredBy', label: t('editor.phase.declaredBy'), kind: 'text' },
    { key: 'actions', label: t('editor.phase.actions'), kind: 'lines' },
  ];
  const nextPhase = data.rows.reduce((highest, row) => Math.max(highest, row.phase), 0) + 1;
  return (
    <BlockFrame
      nodeKey={nodeKey}
      type="phase-table"
      kindLabel={t('editor.blocks.phaseTable')}
      title={data.title}
      editable={editable}
      onTitleChange={(title) => update({ ...data, title })}
      source={data.source}
    >
      <RowsTable
        name="phase-table"
        columns={columns}
        rows={data.rows}
        editable={editable}
        onChange={(rows) => update({ ...data, rows })}
        newRow={() => ({ id: newRowId(), phase: nextPhase, name: '', indicators: [], declaredBy: '', actions: [] })}
      />
    </BlockFrame>
  );
}
