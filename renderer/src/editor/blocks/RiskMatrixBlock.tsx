import type { NodeKey } from 'lexical';
import { useTranslation } from 'react-i18next';
import type { RiskMatrixNode } from '#shared/document';
import { readableTextColour } from '#shared/domain/colour';
import type { BlockData } from '#renderer/editor/nodes/DataBlockNode';
import { BlockFrame } from './BlockFrame';

/** Read-only: likelihood rows (highest first, as it is printed) by impact columns, cells in level colours. */
export function RiskMatrixBlock({ nodeKey, data }: { nodeKey: NodeKey; data: BlockData<RiskMatrixNode> }) {
  const { t } = useTranslation();
  const likelihoods = data.likelihoodLabels.map((label, index) => ({ label, index })).reverse();
  return (
    <BlockFrame
      nodeKey={nodeKey}
      type="risk-matrix"
      kindLabel={t('editor.blocks.riskMatrix')}
      title={data.title}
      editable={false}
    >
      {data.cells.length === 0 ? (
        <p className="editor-rows-empty">{t('editor.matrix.filledOnGeneration')}</p>
      ) : (
        <table className="editor-matrix">
          <thead>
            <tr>
              <th scope="col">{t('editor.matrix.likelihoodByImpact')}</th>
              {data.impactLabels.map((label) => (
                <th key={label} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {likelihoods.map(({ label, index }) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {data.impactLabels.map((impact, column) => {
                  const cell = data.cells[index]?.[column];
                  if (!cell) return <td key={impact} />;
                  return (
                    <td
                      key={impact}
                      style={{ backgroundColor: cell.color, color: readableTextColour(cell.color) }}
                      title={cell.level}
                    >
                      {cell.level}
                      {cell.count ? <strong className="editor-matrix-count"> ({cell.count})</strong> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </BlockFrame>
  );
}
