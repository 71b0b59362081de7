import { $isHeadingNode, HeadingNode } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import {
  $getNodeByKey,
  $getRoot,
  $isElementNode,
  HISTORY_MERGE_TAG,
  HISTORIC_TAG,
  type EditorState,
  type ElementNode,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { $isRequiredSection } from './heading-state';
import { $isConditionalBranchNode, $isConditionalNode, $isRepeatNode } from './nodes/ContainerNodes';
import { $isChapterNode } from './nodes/ChapterNode';

/** Applied to the update that carries out a confirmed deletion, so the guard lets it through. */
export const CONFIRMED_REMOVAL_TAG = 'required-heading-removal-confirmed';

/** Applied when the host loads another document: nothing was deleted by the user. */
export const DOCUMENT_LOAD_TAG = 'document-load';

function isBlockContainer(node: ElementNode): boolean {
  return $isChapterNode(node) || $isRepeatNode(node) || $isConditionalNode(node) || $isConditionalBranchNode(node);
}

/** Required headings by key, with their text; only block containers are visited (headings live there). */
export function $requiredHeadings(): Map<NodeKey, string> {
  const found = new Map<NodeKey, string>();
  const visit = (parent: ElementNode) => {
    for (let child = parent.getFirstChild(); child !== null; child = child.getNextSibling()) {
      if ($isHeadingNode(child)) {
        if ($isRequiredSection(child)) found.set(child.getKey(), child.getTextContent());
      } else if ($isElementNode(child) && isBlockContainer(child)) {
        visit(child);
      }
    }
  };
  visit($getRoot());
  return found;
}

function stillRequired(state: EditorState, key: NodeKey): boolean {
  return state.read(() => {
    const node = $getNodeByKey(key);
    return $isHeadingNode(node) && node.isAttached() && $isRequiredSection(node);
  });
}

/**
 * Deleting a required section's heading (by any means: keys, cut, typing over a selection,
 * turning it into a paragraph) is undone at once and the user is asked; if they confirm, the
 * deletion is applied again. Undo and redo are never questioned.
 */
export function registerRequiredHeadingGuard(
  editor: LexicalEditor,
  confirm: (titles: string[]) => Promise<boolean>,
): () => void {
  let tracked = editor.getEditorState().read($requiredHeadings);
  let asking = false;

  const ask = async (previous: EditorState, next: EditorState, titles: string[]) => {
    const wasEditable = editor.isEditable();
    try {
      editor.setEditorState(previous, { tag: HISTORY_MERGE_TAG });
      editor.setEditable(false);
      const confirmed = await confirm(titles);
      editor.setEditable(wasEditable);
      if (confirmed) editor.setEditorState(next, { tag: CONFIRMED_REMOVAL_TAG });
    } finally {
      asking = false;
      editor.setEditable(wasEditable);
      tracked = editor.getEditorState().read($requiredHeadings);
    }
  };

  return mergeRegister(
    editor.registerNodeTransform(HeadingNode, (node) => {
      // Unmarking a section (template mode) is not deleting it: it simply stops being guarded.
      if ($isRequiredSection(node)) tracked.set(node.getKey(), node.getTextContent());
      else tracked.delete(node.getKey());
    }),
    editor.registerUpdateListener(({ editorState, prevEditorState, tags, dirtyElements, dirtyLeaves }) => {
      // One question at a time; updates while it is pending are the revert itself.
      if (asking) return;
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      if (tags.has(HISTORIC_TAG) || tags.has(CONFIRMED_REMOVAL_TAG) || tags.has(DOCUMENT_LOAD_TAG)) {
        tracked = editorState.read($requiredHeadings);
        return;
      }
      const removed = [...tracked].filter(([key]) => !stillRequired(editorState, key));
      if (removed.length === 0) return;
      const titles = removed.map(([key, title]) =>
        prevEditorState.read(() => $getNodeByKey(key)?.getTextContent() ?? title),
      );
      asking = true;
      queueMicrotask(() => void ask(prevEditorState, editorState, titles));
    }),
  );
}
