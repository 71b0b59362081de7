import type { NodeKey } from 'lexical';
import { useTranslation } from 'react-i18next';
import { useDocumentEditorSettings } from '#renderer/editor/editor-context';
import { RemoveBlockButton } from './BlockFrame';

export function PageBreakView({ nodeKey }: { nodeKey: NodeKey }) {
  const { t } = useTranslation();
  const editable = useDocumentEditorSettings().editable;
  return (
    <div
      className="editor-break"
      role="separator"
      aria-label={t('editor.blocks.pageBreak')}
      data-testid="block-page-break"
    >
      <span>{t('editor.blocks.pageBreak')}</span>
      {editable && (
        <RemoveBlockButton nodeKey={nodeKey} label={t('editor.block.remove', { kind: t('editor.blocks.pageBreak') })} />
      )}
    </div>
  );
}
