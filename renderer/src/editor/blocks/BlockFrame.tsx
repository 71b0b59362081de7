import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type NodeKey } from 'lexical';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlockSource } from '#shared/document';
import { useDocumentEditorSettings } from '#renderer/editor/editor-context';
import { selectBlock, subscribeBlockSelection } from './block-selection';

interface BlockFrameProps {
  nodeKey: NodeKey;
  /** The node type, e.g. "action-table": names the block for tests and screen readers. */
  type: string;
  kindLabel: string;
  title?: string;
  editable: boolean;
  onTitleChange?: (title: string) => void;
  source?: BlockSource;
  children: ReactNode;
}

/** Removes a whole block (Backspace on a selected block does the same). */
export function RemoveBlockButton({ nodeKey, label }: { nodeKey: NodeKey; label: string }) {
  const [editor] = useLexicalComposerContext();
  return (
    <button
      type="button"
      className="button button-small editor-block-remove"
      aria-label={label}
      title={label}
      onClick={() => editor.update(() => $getNodeByKey(nodeKey)?.remove())}
    >
      ×
    </button>
  );
}

/** The frame every structured block shares: its kind, its title, and where its rows come from. */
export function BlockFrame({
  nodeKey,
  type,
  kindLabel,
  title,
  editable,
  onTitleChange,
  source,
  children,
}: BlockFrameProps) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const { mode, editable: documentEditable } = useDocumentEditorSettings();
  const [selected, setSelected] = useState(false);
  useEffect(() => subscribeBlockSelection(editor, nodeKey, setSelected), [editor, nodeKey]);
  // Selecting the whole block (by its label) lets Enter add a paragraph after it and Delete remove it.
  const onKindClick = () => {
    if (!documentEditable) return;
    selectBlock(editor, nodeKey);
    editor.getRootElement()?.focus({ preventScroll: true });
  };
  return (
    <section
      className={selected ? 'editor-block-frame editor-block-selected' : 'editor-block-frame'}
      data-testid={`block-${type}`}
      aria-label={title || kindLabel}
    >
      <header className="editor-block-header">
        <span className="editor-block-kind" onClick={onKindClick} title={t('editor.block.select')}>
          {kindLabel}
        </span>
        {title !== undefined &&
          (editable && onTitleChange ? (
            <input
              className="editor-block-title"
              aria-label={t('editor.block.title', { kind: kindLabel })}
              value={title}
              onChange={(event) => onTitleChange(event.target.value)}
            />
          ) : (
            <span className="editor-block-title">{title}</span>
          ))}
        {documentEditable && (
          <RemoveBlockButton nodeKey={nodeKey} label={t('editor.block.remove', { kind: kindLabel })} />
        )}
      </header>
      {mode === 'template' && source && (
        <p className="editor-block-source">
          {t('editor.block.source', { collection: t(`editor.collection.${source.from}`) })}
          {source.filter?.minLevel ? ` · ${t('editor.filter.minLevel', { level: source.filter.minLevel })}` : ''}
          {source.filter?.category?.length
            ? ` · ${t('editor.filter.category', { categories: source.filter.category.join(', ') })}`
            : ''}
          {source.filter?.site ? ` · ${t('editor.filter.site', { site: source.filter.site })}` : ''}
        </p>
      )}
      {children}
    </section>
  );
}
