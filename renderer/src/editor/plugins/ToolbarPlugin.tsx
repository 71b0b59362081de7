import { $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import { mergeRegister } from '@lexical/utils';
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import {
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
} from 'lexical';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { blocksFor } from '#renderer/editor/block-catalogue';
import { INSERT_BLOCK_COMMAND } from '#renderer/editor/commands';
import { useDocumentEditorSettings } from '#renderer/editor/editor-context';
import {
  $selectedBlockType,
  $selectedHeading,
  applyBlockType,
  BLOCK_TYPES,
  type BlockType,
} from '#renderer/editor/formatting';
import { $isRequiredSection, $setRequiredSection } from '#renderer/editor/heading-state';

interface ToolbarState {
  blockType: BlockType | 'other';
  /** The heading under the caret starts a required section (null: the caret is not in a heading). */
  required: boolean | null;
  bold: boolean;
  italic: boolean;
  link: string | null;
}

const EMPTY_STATE: ToolbarState = { blockType: 'paragraph', required: null, bold: false, italic: false, link: null };

function $readToolbarState(): ToolbarState {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return EMPTY_STATE;
  const node = selection.anchor.getNode();
  const link = $isLinkNode(node) ? node : node.getParent();
  const heading = $selectedHeading();
  return {
    blockType: $selectedBlockType(),
    required: heading ? $isRequiredSection(heading) : null,
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    link: $isLinkNode(link) ? link.getURL() : null,
  };
}

interface ToolbarPluginProps {
  onEditLink(currentUrl: string | null): void;
  onInsertField(): void;
}

/** Formatting and insertion; every control has a name and shows its state (aria-pressed). */
export function ToolbarPlugin({ onEditLink, onInsertField }: ToolbarPluginProps) {
  const [editor] = useLexicalComposerContext();
  const editable = useLexicalEditable();
  const { t } = useTranslation();
  const { mode } = useDocumentEditorSettings();
  const [state, setState] = useState<ToolbarState>(EMPTY_STATE);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read($readToolbarState);
          setState((previous) =>
            previous.blockType === next.blockType &&
            previous.required === next.required &&
            previous.bold === next.bold &&
            previous.italic === next.italic &&
            previous.link === next.link
              ? previous
              : next,
          );
        }),
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (payload) => {
            setCanUndo(payload);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (payload) => {
            setCanRedo(payload);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );

  const blockLabels: Record<BlockType, string> = {
    paragraph: t('editor.toolbar.paragraph'),
    h1: t('editor.toolbar.heading1'),
    h2: t('editor.toolbar.heading2'),
    h3: t('editor.toolbar.heading3'),
    bullet: t('editor.toolbar.bulletList'),
    number: t('editor.toolbar.numberedList'),
  };

  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('editor.toolbar.label')}>
      <select
        aria-label={t('editor.toolbar.blockType')}
        value={state.blockType}
        disabled={!editable}
        onChange={(event) => {
          const value = event.target.value as BlockType;
          if (BLOCK_TYPES.includes(value)) applyBlockType(editor, value);
        }}
      >
        {state.blockType === 'other' && <option value="other">{t('editor.toolbar.otherBlock')}</option>}
        {BLOCK_TYPES.map((type) => (
          <option key={type} value={type}>
            {blockLabels[type]}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button-small editor-tool"
        aria-pressed={state.bold}
        aria-label={t('editor.toolbar.bold')}
        title={t('editor.toolbar.boldShortcut')}
        disabled={!editable}
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}
      >
        <strong>B</strong>
      </button>
      <button
        type="button"
        className="button button-small editor-tool"
        aria-pressed={state.italic}
        aria-label={t('editor.toolbar.italic')}
        title={t('editor.toolbar.italicShortcut')}
        disabled={!editable}
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}
      >
        <em>I</em>
      </button>
      <button
        type="button"
        className="button button-small editor-tool"
        aria-pressed={state.blockType === 'bullet'}
        aria-label={t('editor.toolbar.bulletList')}
        disabled={!editable}
        onClick={() => applyBlockType(editor, 'bullet')}
      >
        {t('editor.toolbar.bulletShort')}
      </button>
      <button
        type="button"
        className="button button-small editor-tool"
        aria-pressed={state.blockType === 'number'}
        aria-label={t('editor.toolbar.numberedList')}
        disabled={!editable}
        onClick={() => applyBlockType(editor, 'number')}
      >
        {t('editor.toolbar.numberedShort')}
      </button>
      <button
        type="button"
        className="button button-small editor-tool"
        aria-pressed={state.link !== null}
        aria-label={t('editor.toolbar.link')}
        title={t('editor.toolbar.linkShortcut')}
        disabled={!editable}
        onClick={() => onEditLink(state.link)}
      >
        {t('editor.toolbar.linkShort')}
      </button>
      <button
        type="button"
        className="button button-small editor-tool"
        aria-label={t('editor.toolbar.table')}
        disabled={!editable}
        onClick={() => editor.dispatchCommand(INSERT_TABLE_COMMAND, { rows: '3', columns: '3' })}
      >
        {t('editor.toolbar.tableShort')}
      </button>
      <DropdownMenu.Root>
        <DropdownMenu.Trigger className="button button-small" disabled={!editable}>
          {t('editor.toolbar.insert')} ▾
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="editor-menu" align="start">
            {blocksFor(mode).map((block) => (
              <DropdownMenu.Item
                key={block.id}
                className="editor-menu-item"
                onSelect={() =>
                  editor.dispatchCommand(
                    INSERT_BLOCK_COMMAND,
                    block.create((key) => t(key)),
                  )
                }
              >
                {t(`editor.insert.${block.id}`)}
              </DropdownMenu.Item>
            ))}
            {mode === 'template' && (
              <DropdownMenu.Item className="editor-menu-item" onSelect={onInsertField}>
                {t('editor.insert.field')}
              </DropdownMenu.Item>
            )}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      {mode === 'template' && state.required !== null && (
        <button
          type="button"
          className="button button-small editor-tool"
          aria-pressed={state.required}
          disabled={!editable}
          onClick={() =>
            editor.update(() => {
              const heading = $selectedHeading();
              if (heading) $setRequiredSection(heading, !$isRequiredSection(heading));
            })
          }
        >
          {t('editor.toolbar.requiredSection')}
        </button>
      )}
      <span className="editor-toolbar-spacer" />
      <button
        type="button"
        className="button button-small editor-tool"
        aria-label={t('editor.toolbar.undo')}
        title={t('editor.toolbar.undoShortcut')}
        disabled={!editable || !canUndo}
        onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
      >
        ↶
      </button>
      <button
        type="button"
        className="button button-small editor-tool"
        aria-label={t('editor.toolbar.redo')}
        title={t('editor.toolbar.redoShortcut')}
        disabled={!editable || !canRedo}
        onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
      >
        ↷
      </button>
    </div>
  );
}

/** Removes or sets the link on the selection (the URL is already checked by LinkDialog). */
export function applyLink(editor: ReturnType<typeof useLexicalComposerContext>[0], url: string | null): void {
  editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
}
