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
import { $createSectionNode, $isSectionNode, $withSectionsTransparent, SectionNode } from './nodes/SectionNode';

/*
 * In the editor the document's top-level blocks are grouped into sections (nodes/SectionNode.ts):
 * a section starts at each top-level h1 or h2 heading (plans have one h1 title and h2 chapters;
 * generated and fixture plans use h1 chapters) and runs to the next. The first section may start
 * with anything. The stored document stays a flat list: `wrapSections` groups it on load and
 * `unwrapSections` flattens the editor's JSON on save, so an unedited document comes back
 * unchanged. The transforms registered by `registerSections` keep the grouping after any edit:
 *
 * - a block left at the top level (a split, $insertNodeToNearestRoot, a paste) joins the section
 *   before it, or starts one if it is a section-starting heading or comes first;
 * - a section that does not start with a section-starting heading joins the one before it;
 * - a section-starting heading inside a section (typed, converted, moved or pasted) splits it;
 * - an empty section is removed, and a section anywhere but at the top level is unwrapped.
 *
 * Deletions (Backspace, Delete, word and line deletion, removing a range, typing over a range)
 * run with sections transparent (nodes/SectionNode.ts), so they join blocks across chapters as in
 * a flat document; rich-text's own handlers, which would stop at a section's edge, are bypassed.
 */

const SECTION_TAGS: ReadonlySet<string> = new Set(['h1', 'h2']);

interface JsonBlock {
  type: string;
  tag?: unknown;
  children?: unknown[];
}

function jsonStartsSection(block: unknown): boolean {
  const node = block as JsonBlock;
  return node.type === 'heading' && typeof node.tag === 'string' && SECTION_TAGS.has(node.tag);
}

/** The serialized section that wraps `children`, as SectionNode.exportJSON writes it. */
function sectionJson(children: unknown[]) {
  return { children, direction: null, format: '', indent: 0, type: 'section', version: 1 };
}

/** Flat top-level blocks (serialized) -> the same blocks grouped into serialized sections. */
export function wrapSections(blocks: readonly unknown[]): unknown[] {
  const sections: unknown[] = [];
  let current: unknown[] | null = null;
  for (const block of blocks) {
    if (current === null || jsonStartsSection(block)) {
      current = [];
      sections.push(sectionJson(current));
    }
    current.push(block);
  }
  return sections;
}

/** The editor's top-level JSON -> the flat blocks (anything not a section passes through). */
export function unwrapSections(blocks: readonly unknown[]): unknown[] {
  return blocks.flatMap((block) =>
    (block as JsonBlock).type === 'section' ? ((block as JsonBlock).children ?? []) : [block],
  );
}

export function $startsSection(node: LexicalNode | null): boolean {
  return $isHeadingNode(node) && SECTION_TAGS.has(node.getTag());
}

/** Moves `node` and every sibling after it into a new section placed after `section`. */
function $splitBefore(section: SectionNode, node: LexicalNode): void {
  const moved: LexicalNode[] = [];
  for (let child: LexicalNode | null = node; child !== null; child = child.getNextSibling()) moved.push(child);
  const next = $createSectionNode();
  section.insertAfter(next);
  next.append(...moved);
}

function $isBlock(node: LexicalNode): boolean {
  return $isBlockElementNode(node) || ($isDecoratorNode(node) && !node.isInline());
}

/** A section's own invariants: at the top level, not empty, blocks only, one starting heading. */
export function $normalizeSection(section: SectionNode): void {
  if (!section.isAttached()) return;
  const parent = section.getParent();
  if (parent === null) return;
  if (!$isRootNode(parent)) {
    // Pasted or moved inside something: its blocks simply stay where it was.
    for (const child of section.getChildren()) section.insertBefore(child);
    section.remove();
    return;
  }
  if (section.isEmpty()) {
    section.remove();
    return;
  }
  let child = section.getFirstChild();
  let index = 0;
  while (child !== null) {
    let next = child.getNextSibling();
    if (!$isBlock(child)) {
      // Text or inline nodes directly in a section: give them a paragraph of their own.
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
    if (index > 0 && $startsSection(child)) {
      $splitBefore(section, child);
      return;
    }
    child = next;
    index += 1;
  }
}

/**
 * The top level holds sections only, each (but the first) starting with a section-starting
 * heading. The root is transformed on every update, so this is one pass over the sections.
 */
export function $normalizeRoot(root: RootNode): void {
  let previous: SectionNode | null = null;
  let child = root.getFirstChild();
  while (child !== null) {
    const next = child.getNextSibling();
    if ($isSectionNode(child)) {
      if (child.isEmpty()) {
        child.remove();
      } else if (previous !== null && !$startsSection(child.getFirstChild())) {
        previous.append(...child.getChildren());
        child.remove();
      } else {
        previous = child;
      }
    } else if (previous === null || $startsSection(child)) {
      const section = $createSectionNode();
      child.insertBefore(section);
      section.append(child);
      previous = section;
    } else {
      previous.append(child);
    }
    child = next;
  }
}

/** A heading turned into (or out of) a section-starting level splits or rejoins its section. */
function $normalizeHeading(heading: HeadingNode): void {
  const parent = heading.getParent();
  if ($isSectionNode(parent) && $startsSection(heading) && heading.getPreviousSibling() !== null) {
    $splitBefore(parent, heading);
  }
  // The opposite case (a section's first heading no longer starts one) is the root pass's.
}

/** Does what rich-text would with a range selection, but across section edges. */
function deleting(remove: (selection: RangeSelection) => void): () => boolean {
  return () => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return false;
    $withSectionsTransparent(() => remove(selection));
    return true;
  };
}

/** Keeps the editor's section grouping valid under every edit (see the file comment). */
export function registerSections(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(SectionNode, $normalizeSection),
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
        // Typing over a range: remove it across sections first; rich-text then inserts the text.
        const selection = $getSelection();
        if ($isRangeSelection(selection) && !selection.isCollapsed()) {
          $withSectionsTransparent(() => selection.removeText());
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
    .flatMap((child) => ($isSectionNode(child) ? child.getChildren() : [child]));
}
