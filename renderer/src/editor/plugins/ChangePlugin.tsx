import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { BLUR_COMMAND, COMMAND_PRIORITY_LOW, type EditorState } from 'lexical';
import { useEffect, useRef } from 'react';
import { DOCUMENT_LOAD_TAG } from '../required-headings';

/**
 * Serialising a 200-page plan costs 30-45 ms, more than a frame: so the host is told about changes
 * once typing pauses (CHANGE_DELAY_MS), and at once when the editor loses focus or unmounts.
 * Selection-only updates and loads of a new value are not changes.
 */
export const CHANGE_DELAY_MS = 400;

export function ChangePlugin({ onChange }: { onChange(state: EditorState): void }) {
  const [editor] = useLexicalComposerContext();
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  }, [onChange]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending = false;
    const flush = () => {
      clearTimeout(timer);
      timer = undefined;
      if (!pending) return;
      pending = false;
      latest.current(editor.getEditorState());
    };
    const unregister = mergeRegister(
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
        if (tags.has(DOCUMENT_LOAD_TAG) || (dirtyElements.size === 0 && dirtyLeaves.size === 0)) return;
        pending = true;
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
    );
    return () => {
      flush();
      unregister();
    };
  }, [editor]);
  return null;
}
