import type { NodeKey } from 'lexical';
import { useTranslation } from 'react-i18next';
import type { ActionRow, ActionTableNode } from '#shared/document';
import type { BlockData } from '#renderer/editor/nodes/DataBlockNode';
import { BlockFrame } from './BlockFrame';
import { RowsTable, type RowsColumn } from './RowsTable';
import { newRowId, useBlockData } from './use-block-data';

export function ActionTableBlock({ nodeKey, data }: { nodeKey: NodeKey; data: BlockData<ActionTableNode> }) {
  const { t } = useTranslation();
  const { editable, update } = useBlockData<ActionTableNode>(nodeKey);
  const columns: Array<RowsColumn<ActionRow>> = [
    { key: 'trigger', label: t('editor.action.trigger'), kind: 'multiline' },
    { key: 'action', label: t('editor.action.action'), kind: 'multiline' },
    { key: 'responsible', label: t('editor.action.responsible'), kind: 'text' },
    { key: 'when', label: t('editor.action.when'), kind: 'text' },
  ];
  return (
    <BlockFrame
      nodeKey={nodeKey}
      type="action-table"
      kindLabel={t('editor.blocks.actionTable')}
      title={data.title}
      editable={editable}
      onTitleChange={(title) => update({ ...data, title })}
      source={data.source}
    >
      <RowsTable
        name="action-table"
        columns={columns}
        rows={data.rows}
        editable={editable}
        onChange={(rows) => update({ ...data, rows })}
        newRow={() => ({ id: newRowId(), trigger: '', action: '', responsible: '', when: '' })}
      />
    </BlockFrame>
  );
}
