import { $isHeadingNode, HeadingNode } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_LOW,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  DELETE_CHARACTER_COMMAND,
  DELETE_LINE_COMMAND,
  DELETE_WORD_COMMAND,
  REMOVE_TEXT_COMMAND,
  $isBlockElementNode,
  $isDecoratorNode,
  $isRootNode,
  RootNode,
  type LexicalEditor,
  type LexicalNode,
  type RangeSelection,
} from 'lexical';
import { $createChapterNode, $isChapterNode, $withChaptersTransparent, ChapterNode } from './nodes/ChapterNode';

/*
 * In the editor the document's top-level blocks are grouped into chapters (nodes/ChapterNode.ts):
 * a chapter starts at each top-level h1 or h2 heading (plans have one h1 title and h2 chapters;
 * generated and fixture plans use h1 chapters) and runs to the next. The first chapter may start
 * with anything. The stored document stays a flat list: `wrapChapters` groups it on load and
 * `unwrapChapters` flattens the editor's JSON on save, so an unedited document comes back
 * unchanged. The transforms registered by `registerChapters` keep the grouping after any edit:
 *
 * - a block left at the top level (a split, $insertNodeToNearestRoot, a paste) joins the chapter
 *   before it, or starts one if it is a chapter heading or comes first;
 * - a chapter that does not start with a chapter heading joins the one before it;
 * - a chapter heading inside a chapter (typed, converted, moved or pasted) splits it;
 * - an empty chapter is removed, and a chapter anywhere but at the top level is unwrapped.
 *
 * Deletions (Backspace, Delete, word and line deletion, removing a range, typing over a range)
 * run with chapters transparent (nodes/ChapterNode.ts), so they join blocks across chapters as in
 * a flat document; rich-text's own handlers, which would stop at a chapter's edge, are bypassed.
 *
 * (Chapters are the editor's own grouping. Stored sections, shared/document/sections.ts, are a
 * different cut: they start at every heading.)
 */

const CHAPTER_TAGS: ReadonlySet<string> = new Set(['h1', 'h2']);

interface JsonBlock {
  type: string;
  tag?: unknown;
  children?: unknown[];
}

function jsonStartsChapter(block: unknown): boolean {
  const node = block as JsonBlock;
  return node.type === 'heading' && typeof node.tag === 'string' && CHAPTER_TAGS.has(node.tag);
}

/** The serialized chapter that wraps `children`, as ChapterNode.exportJSON writes it. */
function chapterJson(children: unknown[]) {
  return { children, direction: null, format: '', indent: 0, type: 'chapter', version: 1 };
}

/** Flat top-level blocks (serialized) -> the same blocks grouped into serialized chapters. */
export function wrapChapters(blocks: readonly unknown[]): unknown[] {
  const chapters: unknown[] = [];
  let current: unknown[] | null = null;
  for (const block of blocks) {
    if (current === null || jsonStartsChapter(block)) {
      current = [];
      chapters.push(chapterJson(current));
    }
    current.push(block);
  }
  return chapters;
}

/** The editor's top-level JSON -> the flat blocks (anything not a chapter passes through). */
export function unwrapChapters(blocks: readonly unknown[]): unknown[] {
  return blocks.flatMap((block) =>
    (block as JsonBlock).type === 'chapter' ? ((block as JsonBlock).children ?? []) : [block],
  );
}

export function $startsChapter(node: LexicalNode | null): boolean {
  return $isHeadingNode(node) && CHAPTER_TAGS.has(node.getTag());
}

/** Moves `node` and every sibling after it into a new chapter placed after `chapter`. */
function $splitBefore(chapter: ChapterNode, node: LexicalNode): void {
  const moved: LexicalNode[] = [];
  for (let child: LexicalNode | null = node; child !== null; child = child.getNextSibling()) moved.push(child);
  const next = $createChapterNode();
  chapter.insertAfter(next);
  next.append(...moved);
}

function $isBlock(node: LexicalNode): boolean {
  return $isBlockElementNode(node) || ($isDecoratorNode(node) && !node.isInline());
}

/** A chapter's own invariants: at the top level, not empty, blocks only, one starting heading. */
export function $normalizeChapter(chapter: ChapterNode): void {
  if (!chapter.isAttached()) return;
  const parent = chapter.getParent();
  if (parent === null) return;
  if (!$isRootNode(parent)) {
    // Pasted or moved inside something: its blocks simply stay where it was.
    for (const child of chapter.getChildren()) chapter.insertBefore(child);
    chapter.remove();
    return;
  }
  if (chapter.isEmpty()) {
    chapter.remove();
    return;
  }
  let child = chapter.getFirstChild();
  let index = 0;
  while (child !== null) {
    let next = child.getNextSibling();
    if (!$isBlock(child)) {
      // Text or inline nodes directly in a chapter: give them a paragraph of their own.
      const run = [child];
      while (next !== null && !$isBlock(next)) {
        run.push(next);
        next = next.getNextSibling();
      }
      const paragraph = $createParagraphNode();
      child.insertBefore(paragraph);
      paragraph.append(...run);
      child = paragraph;
    }
    if (index > 0 && $startsChapter(child)) {
      $splitBefore(chapter, child);
      return;
    }
    child = next;
    index += 1;
  }
}

/**
 * The top level holds chapters only, each (but the first) starting with a chapter heading. The
 * root is transformed on every update, so this is one pass over the chapters.
 */
export function $normalizeRoot(root: RootNode): void {
  let previous: ChapterNode | null = null;
  let child = root.getFirstChild();
  while (child !== null) {
    const next = child.getNextSibling();
    if ($isChapterNode(child)) {
      if (child.isEmpty()) {
        child.remove();
      } else if (previous !== null && !$startsChapter(child.getFirstChild())) {
        previous.append(...child.getChildren());
        child.remove();
      } else {
        previous = child;
      }
    } else if (previous === null || $startsChapter(child)) {
      const chapter = $createChapterNode();
      child.insertBefore(chapter);
      chapter.append(child);
      previous = chapter;
    } else {
      previous.append(child);
    }
    child = next;
  }
}

/** A heading turned into (or out of) a chapter level splits or rejoins its chapter. */
function $normalizeHeading(heading: HeadingNode): void {
  const parent = heading.getParent();
  if ($isChapterNode(parent) && $startsChapter(heading) && heading.getPreviousSibling() !== null) {
    $splitBefore(parent, heading);
  }
  // The opposite case (a chapter's first heading no longer starts one) is the root pass's.
}

/** Does what rich-text would with a range selection, but across chapter edges. */
function deleting(remove: (selection: RangeSelection) => void): () => boolean {
  return () => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return false;
    $withChaptersTransparent(() => remove(selection));
    return true;
  };
}

/** Keeps the editor's chapter grouping valid under every edit (see the file comment). */
export function registerChapters(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(ChapterNode, $normalizeChapter),
    editor.registerNodeTransform(HeadingNode, $normalizeHeading),
    editor.registerNodeTransform(RootNode, $normalizeRoot),
    editor.registerCommand(
      DELETE_CHARACTER_COMMAND,
      (isBackward) => deleting((selection) => selection.deleteCharacter(isBackward))(),
      COMMAND_PRIORITY_LOW,
    ),
    editor.registerCommand(
      DELETE_WORD_COMMAND,
      (isBackward) => deleting((selection) => selection.deleteWord(isBackward))(),
      COMMAND_PRIORITY_LOW,
    ),
    editor.registerCommand(
      DELETE_LINE_COMMAND,
      (isBackward) => deleting((selection) => selection.deleteLine(isBackward))(),
      COMMAND_PRIORITY_LOW,
    ),
    editor.registerCommand(
      REMOVE_TEXT_COMMAND,
      deleting((selection) => selection.removeText()),
      COMMAND_PRIORITY_LOW,
    ),
    editor.registerCommand(
      CONTROLLED_TEXT_INSERTION_COMMAND,
      () => {
        // Typing over a range: remove it across chapters first; rich-text then inserts the text.
        const selection = $getSelection();
        if ($isRangeSelection(selection) && !selection.isCollapsed()) {
          $withChaptersTransparent(() => selection.removeText());
        }
        return false;
      },
      COMMAND_PRIORITY_LOW,
    ),
  );
}

/** The document's top-level blocks in order, as the stored document lists them. */
export function $topLevelBlocks(): LexicalNode[] {
  return $getRoot()
    .getChildren()
    .flatMap((child) => ($isChapterNode(child) ? child.getChildren() : [child]));
}
