import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $insertNodeToNearestRoot } from '@lexical/utils';
import { $parseSerializedNode, COMMAND_PRIORITY_EDITOR } from 'lexical';
import { useEffect } from 'react';
import { INSERT_BLOCK_COMMAND } from '#renderer/editor/commands';
import { toEditorBlock } from '#renderer/editor/document-adapter';

/** Inserts a block given in its stored form at the caret's top-level position. */
export function InsertBlockPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        INSERT_BLOCK_COMMAND,
        (block) => {
          $insertNodeToNearestRoot($parseSerializedNode(toEditorBlock(block)));
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );
  return null;
}
