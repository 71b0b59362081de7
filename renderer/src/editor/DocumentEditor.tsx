import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import type { EditorState, LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredDocument } from '#shared/document';
import { INSERT_FIELD_COMMAND } from './commands';
import { fromEditorState, toEditorState } from './document-adapter';
import { findUnopenableNode } from './document-check';
import {
  DocumentEditorContext,
  type DocumentEditorSettings,
  type EditorMode,
  type ResolvedRisk,
} from './editor-context';
import { EDITOR_NODES } from './editor-nodes';
import { FieldDialog } from './FieldDialog';
import { LinkDialog, normalizeLinkUrl } from './LinkDialog';
import { BlockKeysPlugin } from './plugins/BlockKeysPlugin';
import { ChangePlugin } from './plugins/ChangePlugin';
import { ContainerSettingsPlugin } from './plugins/ContainerSettingsPlugin';
import { FieldPlugin } from './plugins/FieldPlugin';
import { InsertBlockPlugin } from './plugins/InsertBlockPlugin';
import { ListsPlugin } from './plugins/ListsPlugin';
import { OutlinePane } from './plugins/OutlinePane';
import { PasteGuardPlugin, type PasteNotice } from './plugins/PasteGuardPlugin';
import { RequiredHeadingPlugin } from './plugins/RequiredHeadingPlugin';
import { ChaptersPlugin } from './plugins/ChaptersPlugin';
import { ShortcutsPlugin } from './plugins/ShortcutsPlugin';
import { SlashMenuPlugin } from './plugins/SlashMenuPlugin';
import { applyLink, ToolbarPlugin } from './plugins/ToolbarPlugin';
import { TEXT_PASTE_LIMIT } from './paste-limits';
import { DOCUMENT_LOAD_TAG } from './required-headings';
import { EDITOR_THEME } from './theme';

export interface DocumentEditorProps {
  /** The document to edit. A new value (other than one this editor emitted) is loaded in place. */
  value: StoredDocument;
  /** Called with the whole document when the user pauses typing, leaves the editor, or it unmounts. */
  onChange: (document: StoredDocument) => void;
  /** Template mode adds fields, repeat blocks and conditionals to the insert menus. */
  mode: EditorMode;
  readOnly?: boolean;
  /** The risk's current title, level and colour, for risk references; undefined when it no longer exists. */
  resolveRisk?: (riskId: string) => ResolvedRisk | undefined;
  onOpenRisk?: (riskId: string) => void;
  /** Show the outline pane (headings) beside the text. */
  outline?: boolean;
  /** Accessible name of the text area; defaults to the document's title. */
  label?: string;
  /** Receives the Lexical editor, for hosts that dispatch commands (e.g. INSERT_RISK_REFERENCE_COMMAND). */
  editorRef?: React.RefObject<LexicalEditor | null>;
}

function parseInto(editor: LexicalEditor, document: StoredDocument): EditorState {
  const problem = findUnopenableNode(document.content);
  if (problem) throw new Error(problem);
  return editor.parseEditorState(JSON.stringify(toEditorState(document.content)));
}

/** Loads a new `value` from the host, unless it is the document this editor just emitted. */
function ValuePlugin({
  value,
  lastEmitted,
  onLoadError,
}: {
  value: StoredDocument;
  lastEmitted: React.RefObject<StoredDocument | null>;
  onLoadError(message: string): void;
}) {
  const [editor] = useLexicalComposerContext();
  const loaded = useRef(value);
  useEffect(() => {
    if (value === loaded.current || value === lastEmitted.current) return;
    loaded.current = value;
    try {
      editor.setEditorState(parseInto(editor, value), { tag: DOCUMENT_LOAD_TAG });
    } catch (error) {
      onLoadError(error instanceof Error ? error.message : String(error));
    }
  }, [editor, value, lastEmitted, onLoadError]);
  return null;
}

function EditablePlugin({ editable }: { editable: boolean }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.setEditable(editable), [editor, editable]);
  return null;
}

function EditorSurface({
  mode,
  readOnly,
  outline,
  label,
  onChange,
}: {
  mode: EditorMode;
  readOnly: boolean;
  outline: boolean;
  label: string;
  onChange(state: EditorState): void;
}) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  // Dialogs that need the editor: link (Ctrl+K / toolbar) and new field (template mode).
  const [link, setLink] = useState<{ url: string } | null>(null);
  const [fieldOpen, setFieldOpen] = useState(false);
  const [notice, setNotice] = useState<PasteNotice | null>(null);
  const openLink = useCallback((url: string | null) => setLink({ url: url ?? '' }), []);
  const openLinkFromShortcut = useCallback(() => setLink({ url: '' }), []);
  const openField = useCallback(() => setFieldOpen(true), []);

  return (
    <div className="doc-editor" data-testid="document-editor" data-mode={mode}>
      {!readOnly && <ToolbarPlugin onEditLink={openLink} onInsertField={openField} />}
      {notice && (
        <div className="notice notice-warning editor-notice" role="alert">
          <span>
            {notice.kind === 'refused'
              ? t('editor.paste.refused', {
                  size: (notice.characters / 1_000_000).toFixed(1),
                  limit: TEXT_PASTE_LIMIT / 1_000_000,
                })
              : t('editor.paste.plainText')}
          </span>
          <button type="button" className="button button-small" onClick={() => setNotice(null)}>
            {t('common.close')}
          </button>
        </div>
      )}
      <div className="doc-editor-body">
        {outline && <OutlinePane />}
        <div className="doc-editor-scroll">
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="doc-editor-content"
                aria-label={label}
                aria-multiline
                data-testid="document-editor-content"
              />
            }
            placeholder={<div className="doc-editor-placeholder">{t('editor.placeholder')}</div>}
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
      </div>
      <ChaptersPlugin />
      <HistoryPlugin />
      <ListsPlugin />
      <LinkPlugin validateUrl={(url) => normalizeLinkUrl(url) !== null} />
      <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} />
      <FieldPlugin />
      <InsertBlockPlugin />
      <BlockKeysPlugin />
      <RequiredHeadingPlugin />
      <PasteGuardPlugin onNotice={setNotice} />
      <ShortcutsPlugin onEditLink={openLinkFromShortcut} />
      <EditablePlugin editable={!readOnly} />
      <ChangePlugin onChange={onChange} />
      {!readOnly && <SlashMenuPlugin onInsertField={openField} />}
      {mode === 'template' && <ContainerSettingsPlugin />}
      {link && (
        <LinkDialog
          open
          initialUrl={link.url}
          onClose={() => setLink(null)}
          onSubmit={(url) => {
            applyLink(editor, url);
            setLink(null);
            editor.focus();
          }}
        />
      )}
      {fieldOpen && (
        <FieldDialog
          open
          onClose={() => setFieldOpen(false)}
          onSubmit={(field) => {
            setFieldOpen(false);
            editor.focus();
            editor.update(() => void editor.dispatchCommand(INSERT_FIELD_COMMAND, field));
          }}
        />
      )}
    </div>
  );
}

/**
 * The structured document editor used for plans and templates. The stored document is Lexical's
 * serialized state (see document-adapter.ts for the one difference), so opening and saving are a
 * parse and a toJSON.
 */
export function DocumentEditor({
  value,
  onChange,
  mode,
  readOnly = false,
  resolveRisk,
  onOpenRisk,
  outline = false,
  label,
  editorRef,
}: DocumentEditorProps) {
  const { t } = useTranslation();
  const lastEmitted = useRef<StoredDocument | null>(null);
  const latestValue = useRef(value);
  useEffect(() => {
    latestValue.current = value;
  }, [value]);
  const [loadError, setLoadError] = useState<string | null>(null);

  // The composer reads its config once; later values arrive through ValuePlugin.
  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: 'cplan-document',
      nodes: EDITOR_NODES,
      theme: EDITOR_THEME,
      editable: !readOnly,
      // A failed edit is dropped by Lexical and the document stays as it was; it is logged, not fatal.
      onError: (error) => console.error('Document editor:', error),
      editorState: (editor) => {
        try {
          editor.setEditorState(parseInto(editor, value), { tag: DOCUMENT_LOAD_TAG });
        } catch (error) {
          setLoadError(error instanceof Error ? error.message : String(error));
        }
      },
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- read once, by design (see above)
    [],
  );

  const settings = useMemo<DocumentEditorSettings>(
    () => ({ mode, editable: !readOnly, resolveRisk, onOpenRisk }),
    [mode, readOnly, resolveRisk, onOpenRisk],
  );

  const emit = useCallback(
    (state: EditorState) => {
      const document: StoredDocument = { ...latestValue.current, content: fromEditorState(state.toJSON()) };
      lastEmitted.current = document;
      onChange(document);
    },
    [onChange],
  );

  if (loadError) {
    return (
      <div className="notice notice-error" role="alert" data-testid="document-editor-error">
        {t('editor.loadError', { message: loadError })}
      </div>
    );
  }

  return (
    <DocumentEditorContext.Provider value={settings}>
      <LexicalComposer initialConfig={initialConfig}>
        <ValuePlugin value={value} lastEmitted={lastEmitted} onLoadError={setLoadError} />
        {editorRef && <EditorRefPlugin editorRef={editorRef} />}
        <EditorSurface
          mode={mode}
          readOnly={readOnly}
          outline={outline}
          label={label ?? (value.meta.title || t('editor.defaultLabel'))}
          onChange={emit}
        />
      </LexicalComposer>
    </DocumentEditorContext.Provider>
  );
}
