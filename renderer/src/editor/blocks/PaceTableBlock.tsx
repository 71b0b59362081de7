import type { NodeKey } from 'lexical';
import { useTranslation } from 'react-i18next';
import { PACE_LEVELS, type PaceRow, type PaceTableNode } from '#shared/document';
import type { BlockData } from '#renderer/editor/nodes/DataBlockNode';
import { BlockFrame } from './BlockFrame';
import { RowsTable, type RowsColumn } from './RowsTable';
import { newRowId, useBlockData } from './use-block-data';

/** Primary, alternate, contingency and emergency means of communication. */
export function PaceTableBlock({ nodeKey, data }: { nodeKey: NodeKey; data: BlockData<PaceTableNode> }) {
  const { t } = useTranslation();
  const { editable, update } = useBlockData<PaceTableNode>(nodeKey);
  const columns: Array<RowsColumn<PaceRow>> = [
    {
      key: 'level',
      label: t('editor.pace.level'),
      kind: 'select',
      options: PACE_LEVELS.map((level) => ({ value: level, label: t(`editor.pace.levels.${level}`) })),
    },
    { key: 'means', label: t('editor.pace.means'), kind: 'text' },
    { key: 'details', label: t('editor.pace.details'), kind: 'multiline' },
    { key: 'owner', label: t('editor.pace.owner'), kind: 'text' },
  ];
  const nextLevel = PACE_LEVELS[Math.min(data.rows.length, PACE_LEVELS.length - 1)]!;
  return (
    <BlockFrame
      nodeKey={nodeKey}
      type="pace-table"
      kindLabel={t('editor.blocks.paceTable')}
      title={data.title}
      editable={editable}
      onTitleChange={(title) => update({ ...data, title })}
    >
      <RowsTable
        name="pace-table"
        columns={columns}
        rows={data.rows}
        editable={editable}
        onChange={(rows) => update({ ...data, rows })}
        newRow={() => ({ id: newRowId(), level: nextLevel, means: '', details: '', owner: '' })}
      />
    </BlockFrame>
  );
}
