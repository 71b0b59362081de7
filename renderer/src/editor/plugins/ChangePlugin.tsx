import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  BLUR_COMMAND,
  COMMAND_PRIORITY_LOW,
  createCommand,
  HISTORY_MERGE_TAG,
  type EditorState,
  type LexicalEditor,
} from 'lexical';
import { useEffect, useRef } from 'react';
import { DOCUMENT_LOAD_TAG } from '#renderer/editor/required-headings';

/**
 * Serialising a 200-page plan costs 30-45 ms, more than a frame: so the host is told about changes
 * once typing pauses (CHANGE_DELAY_MS), and at once when the editor loses focus or unmounts.
 * Selection-only updates and loads of a new value are not changes.
 */
export const CHANGE_DELAY_MS = 400;

/** Reports a pending change at once (hosts dispatch it through flushEditorChanges). */
export const FLUSH_CHANGES_COMMAND = createCommand<void>('FLUSH_CHANGES_COMMAND');

/**
 * For a host about to publish, export or change status: commits any queued keystroke update, then
 * reports the change synchronously, so `onChange` has run with the latest text when this returns.
 */
export function flushEditorChanges(editor: LexicalEditor | null | undefined): void {
  if (!editor) return;
  editor.update(() => undefined, { discrete: true });
  editor.dispatchCommand(FLUSH_CHANGES_COMMAND, undefined);
}

function sameContent(a: EditorState, b: EditorState): boolean {
  return JSON.stringify(a.toJSON()) === JSON.stringify(b.toJSON());
}

export function ChangePlugin({ onChange }: { onChange(state: EditorState): void }) {
  const [editor] = useLexicalComposerContext();
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  }, [onChange]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending = false;
    // Registering a node transform re-marks every node of its type dirty (tagged history-merge)
    // without changing anything; such updates only count if the content really differs.
    let mergeBaseline: EditorState | null = null;
    const flush = () => {
      clearTimeout(timer);
      timer = undefined;
      const state = editor.getEditorState();
      const changed = pending || (mergeBaseline !== null && !sameContent(mergeBaseline, state));
      pending = false;
      mergeBaseline = null;
      if (changed) latest.current(state);
    };
    const unregister = mergeRegister(
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags, prevEditorState }) => {
        if (tags.has(DOCUMENT_LOAD_TAG)) {
          clearTimeout(timer);
          pending = false;
          mergeBaseline = null;
          return;
        }
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        if (!tags.has(HISTORY_MERGE_TAG)) pending = true;
        else if (!pending && mergeBaseline === null) mergeBaseline = prevEditorState;
        clearTimeout(timer);
        timer = setTimeout(flush, CHANGE_DELAY_MS);
      }),
      editor.registerCommand(
        BLUR_COMMAND,
        () => {
          flush();
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        FLUSH_CHANGES_COMMAND,
        () => {
          flush();
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
    return () => {
      flush();
      unregister();
    };
  }, [editor]);
  return null;
}
