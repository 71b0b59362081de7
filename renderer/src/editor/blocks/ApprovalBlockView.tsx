import type { NodeKey } from 'lexical';
import { useTranslation } from 'react-i18next';
import type { ApprovalBlockNode, ApprovalRow } from '#shared/document';
import type { BlockData } from '#renderer/editor/nodes/DataBlockNode';
import { BlockFrame } from './BlockFrame';
import { RowsTable, type RowsColumn } from './RowsTable';
import { useBlockData } from './use-block-data';

/** Prepared by, reviewed by, approved by: names, titles and dates (signatures go on paper). */
export function ApprovalBlockView({ nodeKey, data }: { nodeKey: NodeKey; data: BlockData<ApprovalBlockNode> }) {
  const { t } = useTranslation();
  const { editable, update } = useBlockData<ApprovalBlockNode>(nodeKey);
  const columns: Array<RowsColumn<ApprovalRow>> = [
    { key: 'role', label: t('editor.approval.role'), kind: 'text' },
    { key: 'name', label: t('editor.approval.name'), kind: 'text' },
    { key: 'title', label: t('editor.approval.title'), kind: 'text' },
    { key: 'date', label: t('editor.approval.date'), kind: 'text' },
  ];
  return (
    <BlockFrame
      nodeKey={nodeKey}
      type="approval-block"
      kindLabel={t('editor.blocks.approvalBlock')}
      editable={editable}
    >
      <RowsTable
        name="approval-block"
        columns={columns}
        rows={data.rows}
        editable={editable}
        onChange={(rows) => update({ ...data, rows })}
        newRow={() => ({ role: '', name: '', title: '', date: '' })}
      />
    </BlockFrame>
  );
}
