import { createHeadlessEditor } from '@lexical/headless';
import { COMMAND_PRIORITY_EDITOR, type LexicalCommand, type LexicalEditor } from 'lexical';
import type { DocumentContent, StoredDocument } from '#shared/document';
import { fromEditorState, toEditorState } from './document-adapter';
import { EDITOR_NODES } from './editor-nodes';
import { registerChapters } from './chapters';

/** A DOM-less editor with our nodes, for tests and Node-side tools. */
export function createDocumentHeadlessEditor(): LexicalEditor {
  const editor = createHeadlessEditor({
    namespace: 'cplan-test',
    nodes: EDITOR_NODES,
    onError: (error) => {
      throw error;
    },
  });
  registerChapters(editor);
  return editor;
}

export function loadDocument(editor: LexicalEditor, document: StoredDocument): void {
  editor.setEditorState(editor.parseEditorState(JSON.stringify(toEditorState(document.content))));
}

export function saveContent(editor: LexicalEditor): DocumentContent {
  return fromEditorState(editor.getEditorState().toJSON());
}

/** StoredDocument -> editor -> StoredDocument, as the app does on open and save. */
export function roundTrip(document: StoredDocument): StoredDocument {
  const editor = createDocumentHeadlessEditor();
  loadDocument(editor, document);
  return { ...document, content: saveContent(editor) };
}

/** Registers a command handler the way the React plugins do, for headless tests. */
export function registerCommand<P>(
  editor: LexicalEditor,
  command: LexicalCommand<P>,
  handler: (payload: P) => boolean,
) {
  return editor.registerCommand(command, handler, COMMAND_PRIORITY_EDITOR);
}
