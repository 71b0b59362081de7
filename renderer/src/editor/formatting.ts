import {
  $isListItemNode,
  $isListNode,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
} from '@lexical/list';
import { $createHeadingNode, $isHeadingNode, type HeadingNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $getNearestBlockElementAncestorOrThrow } from '@lexical/utils';
import { $createParagraphNode, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';

export const BLOCK_TYPES = ['paragraph', 'h1', 'h2', 'h3', 'bullet', 'number'] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];

/** The block type under the caret, as the toolbar shows it ('other' for anything else). */
export function $selectedBlockType(): BlockType | 'other' {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return 'other';
  const anchor = selection.anchor.getNode();
  if (anchor.getKey() === 'root') return 'paragraph';
  const block = $getNearestBlockElementAncestorOrThrow(anchor);
  if ($isHeadingNode(block)) {
    const tag = block.getTag();
    return tag === 'h1' || tag === 'h2' || tag === 'h3' ? tag : 'other';
  }
  if ($isListItemNode(block)) {
    const list = block.getParent();
    if ($isListNode(list)) return list.getListType() === 'number' ? 'number' : 'bullet';
  }
  return block.getType() === 'paragraph' ? 'paragraph' : 'other';
}

export function $selectedHeading(): HeadingNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  if (anchor.getKey() === 'root') return null;
  const block = $getNearestBlockElementAncestorOrThrow(anchor);
  return $isHeadingNode(block) ? block : null;
}

/**
 * Changes the blocks under the selection. Headings changing level are re-tagged in place, so a
 * required section keeps its flag (replacing the node would count as deleting the section).
 */
export function applyBlockType(editor: LexicalEditor, type: BlockType): void {
  if (type === 'bullet') {
    editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
    return;
  }
  if (type === 'number') {
    editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
    return;
  }
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    if (type === 'paragraph') {
      $setBlocksType(selection, () => $createParagraphNode());
      return;
    }
    const blocks = selection.getNodes().map((node) => $getNearestBlockElementAncestorOrThrow(node));
    if (blocks.length > 0 && blocks.every($isHeadingNode)) {
      for (const block of blocks) block.setTag(type);
      return;
    }
    $setBlocksType(selection, () => $createHeadingNode(type));
  });
}
