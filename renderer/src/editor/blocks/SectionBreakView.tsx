import type { NodeKey } from 'lexical';
import { useTranslation } from 'react-i18next';
import type { SectionBreakNode } from '#shared/document';
import type { BlockData } from '#renderer/editor/nodes/DataBlockNode';
import { RemoveBlockButton } from './BlockFrame';
import { useBlockData } from './use-block-data';

/** Starts a new Word section: what follows prints in the chosen orientation (annexes in landscape). */
export function SectionBreakView({ nodeKey, data }: { nodeKey: NodeKey; data: BlockData<SectionBreakNode> }) {
  const { t } = useTranslation();
  const { editable, update } = useBlockData<SectionBreakNode>(nodeKey);
  return (
    <div className="editor-break editor-section-break" role="separator" data-testid="block-section-break">
      <span>{t('editor.blocks.sectionBreak')}</span>
      <select
        aria-label={t('editor.sectionBreak.orientation')}
        value={data.orientation}
        disabled={!editable}
        onChange={(event) => update({ orientation: event.target.value === 'landscape' ? 'landscape' : 'portrait' })}
      >
        <option value="portrait">{t('editor.sectionBreak.portrait')}</option>
        <option value="landscape">{t('editor.sectionBreak.landscape')}</option>
      </select>
      {editable && (
        <RemoveBlockButton
          nodeKey={nodeKey}
          label={t('editor.block.remove', { kind: t('editor.blocks.sectionBreak') })}
        />
      )}
    </div>
  );
}
