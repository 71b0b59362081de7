import type { NodeKey } from 'lexical';
import { useTranslation } from 'react-i18next';
import type { CarverRow, CarverTableNode } from '#shared/document';
import type { BlockData } from '#renderer/editor/nodes/DataBlockNode';
import { BlockFrame } from './BlockFrame';
import { RowsTable, type RowsColumn } from './RowsTable';
import { newRowId, useBlockData } from './use-block-data';

const CARVER_FACTORS = [
  'criticality',
  'accessibility',
  'recuperability',
  'vulnerability',
  'effect',
  'recognizability',
] as const;

/** Each factor is scored 1-5; the total (6-30) ranks which targets to protect first. */
export function carverTotal(row: CarverRow): CarverRow {
  const clamp = (score: number) => Math.min(5, Math.max(1, Math.round(score) || 1));
  const scored = { ...row };
  for (const factor of CARVER_FACTORS) scored[factor] = clamp(row[factor]);
  return { ...scored, total: CARVER_FACTORS.reduce((sum, factor) => sum + scored[factor], 0) };
}

export function CarverTableBlock({ nodeKey, data }: { nodeKey: NodeKey; data: BlockData<CarverTableNode> }) {
  const { t } = useTranslation();
  const { editable, update } = useBlockData<CarverTableNode>(nodeKey);
  const columns: Array<RowsColumn<CarverRow>> = [
    { key: 'name', label: t('editor.carver.name'), kind: 'text' },
    ...CARVER_FACTORS.map((factor) => ({ key: factor, label: t(`editor.carver.${factor}`), kind: 'number' as const })),
    { key: 'total', label: t('editor.carver.total'), kind: 'number', readOnly: true },
  ];
  return (
    <BlockFrame
      nodeKey={nodeKey}
      type="carver-table"
      kindLabel={t('editor.blocks.carverTable')}
      title={data.title}
      editable={editable}
      onTitleChange={(title) => update({ ...data, title })}
      source={data.source}
    >
      <RowsTable
        name="carver-table"
        columns={columns}
        rows={data.rows}
        editable={editable}
        normalize={carverTotal}
        onChange={(rows) => update({ ...data, rows })}
        newRow={() =>
          carverTotal({
            targetId: newRowId(),
            name: '',
            criticality: 1,
            accessibility: 1,
            recuperability: 1,
            vulnerability: 1,
            effect: 1,
            recognizability: 1,
            total: 6,
          })
        }
      />
    </BlockFrame>
  );
}
