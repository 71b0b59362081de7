import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey } from 'lexical';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { $outline, type OutlineEntry } from '#renderer/editor/outline';

/** How long typing must pause before the outline is recomputed (keeps keystrokes cheap). */
const OUTLINE_DELAY_MS = 250;

function sameOutline(a: OutlineEntry[], b: OutlineEntry[]): boolean {
  return (
    a.length === b.length &&
    a.every((entry, index) => {
      const other = b[index]!;
      return (
        entry.key === other.key &&
        entry.text === other.text &&
        entry.level === other.level &&
        entry.required === other.required
      );
    })
  );
}

/** The document's headings; choosing one scrolls to it and puts the caret there. */
export function OutlinePane() {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [entries, setEntries] = useState<OutlineEntry[]>(() => editor.getEditorState().read($outline));

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      const next = editor.getEditorState().read($outline);
      setEntries((previous) => (sameOutline(previous, next) ? previous : next));
    };
    refresh();
    const unregister = editor.registerUpdateListener(() => {
      clearTimeout(timer);
      timer = setTimeout(refresh, OUTLINE_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor]);

  const goTo = (key: string) => {
    editor.getElementByKey(key)?.scrollIntoView({ block: 'start', behavior: 'auto' });
    editor.update(() => $getNodeByKey(key)?.selectStart());
    editor.focus();
  };

  return (
    <nav className="editor-outline" aria-label={t('editor.outline.label')} data-testid="editor-outline">
      <h2 className="editor-outline-title">{t('editor.outline.title')}</h2>
      {entries.length === 0 ? (
        <p className="field-hint">{t('editor.outline.empty')}</p>
      ) : (
        <ol>
          {entries.map((entry) => (
            <li key={entry.key} className={`editor-outline-level-${entry.level}`}>
              <button type="button" className="editor-outline-link" onClick={() => goTo(entry.key)}>
                {entry.text || t('editor.outline.untitled')}
                {entry.required && (
                  <span className="editor-outline-required" title={t('editor.outline.required')}>
                    {' '}
                    *
                  </span>
                )}
              </button>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}
