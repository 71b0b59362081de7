import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type NodeKey } from 'lexical';
import { useCallback } from 'react';
import { useDocumentEditorSettings } from '#renderer/editor/editor-context';
import { DataBlockNode, type BlockData, type StoredDataBlock } from '#renderer/editor/nodes/DataBlockNode';

/** Writes a block's new data into its node as one editor update (so undo restores it). */
export function useBlockData<T extends StoredDataBlock>(nodeKey: NodeKey) {
  const [editor] = useLexicalComposerContext();
  const editable = useDocumentEditorSettings().editable;
  const update = useCallback(
    (next: BlockData<T>) => {
      editor.update(() => {
        const node = $getNodeByKey(nodeKey);
        if (node instanceof DataBlockNode) (node as DataBlockNode<T>).setData(next);
      });
    },
    [editor, nodeKey],
  );
  return { editable, update };
}

/** A fresh row id; rows keep ids so that edits and plan health can point at one row. */
export function newRowId(): string {
  return crypto.randomUUID();
}
