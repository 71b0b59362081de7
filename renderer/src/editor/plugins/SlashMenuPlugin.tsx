import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  LexicalTypeaheadMenuPlugin,
  MenuOption,
  useBasicTypeaheadTriggerMatch,
} from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import type { LexicalEditor } from 'lexical';
import { useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { blocksFor } from '#renderer/editor/block-catalogue';
import { INSERT_BLOCK_COMMAND } from '#renderer/editor/commands';
import { useDocumentEditorSettings } from '#renderer/editor/editor-context';
import { applyBlockType } from '#renderer/editor/formatting';

class SlashOption extends MenuOption {
  constructor(
    readonly label: string,
    readonly keywords: string[],
    readonly run: (editor: LexicalEditor) => void,
  ) {
    super(label);
  }
}

function headingOption(tag: 'h1' | 'h2' | 'h3', title: string): SlashOption {
  return new SlashOption(title, ['heading', tag], (editor) => applyBlockType(editor, tag));
}

/** Typing "/" opens a filterable menu of everything that can be inserted; Enter or a click inserts. */
export function SlashMenuPlugin({ onInsertField }: { onInsertField: () => void }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const { mode } = useDocumentEditorSettings();
  const [query, setQuery] = useState<string | null>(null);
  const trigger = useBasicTypeaheadTriggerMatch('/', { minLength: 0 });

  const allOptions = useMemo(() => {
    const options = [
      headingOption('h1', t('editor.toolbar.heading1')),
      headingOption('h2', t('editor.toolbar.heading2')),
      headingOption('h3', t('editor.toolbar.heading3')),
      new SlashOption(t('editor.toolbar.bulletList'), ['list', 'bullet', 'ul'], (target) =>
        target.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined),
      ),
      new SlashOption(t('editor.toolbar.numberedList'), ['list', 'number', 'ol'], (target) =>
        target.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined),
      ),
      new SlashOption(t('editor.toolbar.table'), ['table', 'grid'], (target) =>
        target.dispatchCommand(INSERT_TABLE_COMMAND, { rows: '3', columns: '3' }),
      ),
      ...blocksFor(mode).map(
        (block) =>
          new SlashOption(t(`editor.insert.${block.id}`), block.keywords, (target) =>
            target.dispatchCommand(
              INSERT_BLOCK_COMMAND,
              block.create((key) => t(key)),
            ),
          ),
      ),
    ];
    if (mode === 'template') {
      options.push(new SlashOption(t('editor.insert.field'), ['field', 'placeholder'], () => onInsertField()));
    }
    return options;
  }, [t, mode, onInsertField]);

  const options = useMemo(() => {
    if (!query) return allOptions;
    const needle = query.toLowerCase();
    return allOptions.filter(
      (option) =>
        option.label.toLowerCase().includes(needle) || option.keywords.some((word) => word.startsWith(needle)),
    );
  }, [allOptions, query]);

  return (
    <LexicalTypeaheadMenuPlugin<SlashOption>
      onQueryChange={setQuery}
      triggerFn={trigger}
      options={options}
      onSelectOption={(option, textNode, closeMenu) => {
        editor.update(() => {
          textNode?.remove();
        });
        option.run(editor);
        closeMenu();
      }}
      menuRenderFn={(anchor, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) =>
        anchor.current && options.length > 0
          ? createPortal(
              <div className="editor-slash-menu">
                <ul role="listbox" aria-label={t('editor.insert.menu')} data-testid="slash-menu">
                  {options.map((option, index) => (
                    <li
                      key={option.key}
                      id={`slash-option-${index}`}
                      role="option"
                      aria-selected={selectedIndex === index}
                      className={selectedIndex === index ? 'selected' : undefined}
                      ref={(element) => option.setRefElement(element)}
                      onMouseEnter={() => setHighlightedIndex(index)}
                      onMouseDown={(event) => {
                        event.preventDefault();
                        selectOptionAndCleanUp(option);
                      }}
                    >
                      {option.label}
                    </li>
                  ))}
                </ul>
              </div>,
              anchor.current,
            )
          : null
      }
    />
  );
}
