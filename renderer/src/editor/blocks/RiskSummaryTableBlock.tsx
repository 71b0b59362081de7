import type { NodeKey } from 'lexical';
import { useTranslation } from 'react-i18next';
import type { RiskSummaryTableNode } from '#shared/document';
import { useDocumentEditorSettings } from '#renderer/editor/editor-context';
import type { BlockData } from '#renderer/editor/nodes/DataBlockNode';
import { BlockFrame } from './BlockFrame';
import { LevelBadge } from './LevelBadge';

/** Read-only: the rows are drawn from the risk register when the plan is generated. */
export function RiskSummaryTableBlock({ nodeKey, data }: { nodeKey: NodeKey; data: BlockData<RiskSummaryTableNode> }) {
  const { t } = useTranslation();
  const { onOpenRisk } = useDocumentEditorSettings();
  return (
    <BlockFrame
      nodeKey={nodeKey}
      type="risk-summary-table"
      kindLabel={t('editor.blocks.riskSummaryTable')}
      title={data.title}
      editable={false}
      source={data.source}
    >
      <table className="data-table editor-rows-table">
        <thead>
          <tr>
            <th scope="col">{t('editor.riskSummary.risk')}</th>
            <th scope="col">{t('editor.riskSummary.site')}</th>
            <th scope="col">{t('editor.riskSummary.category')}</th>
            <th scope="col">{t('editor.riskSummary.inherent')}</th>
            <th scope="col">{t('editor.riskSummary.residual')}</th>
            <th scope="col">{t('editor.riskSummary.treatment')}</th>
          </tr>
        </thead>
        <tbody>
          {data.rows.length === 0 && (
            <tr>
              <td colSpan={6} className="editor-rows-empty">
                {t('editor.riskSummary.empty')}
              </td>
            </tr>
          )}
          {data.rows.map((row) => (
            <tr key={row.riskId}>
              <th scope="row">
                {onOpenRisk ? (
                  <button type="button" className="editor-link-button" onClick={() => onOpenRisk(row.riskId)}>
                    {row.title}
                  </button>
                ) : (
                  row.title
                )}
              </th>
              <td>{row.site}</td>
              <td>{row.category}</td>
              <td>
                <LevelBadge level={row.inherent.level} color={row.inherent.color} /> {row.inherent.likelihood}×
                {row.inherent.impact}
              </td>
              <td>
                {row.residual ? (
                  <>
                    <LevelBadge level={row.residual.level} color={row.residual.color} /> {row.residual.likelihood}×
                    {row.residual.impact}
                  </>
                ) : (
                  t('editor.riskSummary.notAssessed')
                )}
              </td>
              <td>{row.treatment}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </BlockFrame>
  );
}
