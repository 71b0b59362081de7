import {
  $applyNodeReplacement,
  $isElementNode,
  ElementNode,
  type LexicalNode,
  type NodeKey,
  type SerializedElementNode,
} from 'lexical';

/*
 * An editor-only grouping of top-level blocks: one chapter, from a chapter heading (h1 or h2) up to
 * the next (see ../chapters.ts). It exists for the browser's sake: Chromium's per-keystroke work
 * (layout of the editable's child list, content-visibility checks, the IME text walk) grows with
 * the number of the editable root's direct children, and 134 chapters cost far less than 3,000
 * blocks. It is never stored (document-adapter.ts unwraps it), never copied (excludeFromCopy) and
 * carries no semantics: a `<section>` without an accessible name is a plain group.
 *
 * A shadow root, like the document root: Lexical only places, splits, pastes and converts blocks
 * (lists, tables, block insertion, paste) relative to a root or shadow root, so a chapter must be
 * one for its blocks to behave as top-level blocks. Deletion is the exception: Lexical never merges
 * blocks across a shadow root's edge, while a chapter boundary should not stop Backspace or a
 * deleted range. ../chapters.ts runs deletions inside `$withChaptersTransparent`, during which
 * chapters are not shadow roots, and its transforms restore the grouping afterwards.
 */

let transparent = 0;

/** Runs `change` with chapters not acting as shadow roots (for deletions across chapters). */
export function $withChaptersTransparent<T>(change: () => T): T {
  transparent += 1;
  try {
    return change();
  } finally {
    transparent -= 1;
  }
}

type SerializedChapterNode = SerializedElementNode;

export class ChapterNode extends ElementNode {
  static override getType(): 'chapter' {
    return 'chapter';
  }

  static override clone(node: ChapterNode): ChapterNode {
    return new ChapterNode(node.__key);
  }

  constructor(key?: NodeKey) {
    super(key);
  }

  static override importJSON(serialized: SerializedChapterNode): ChapterNode {
    return $createChapterNode().updateFromJSON(serialized);
  }

  override exportJSON(): SerializedChapterNode {
    return { ...super.exportJSON(), type: 'chapter', version: 1 };
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('section');
    element.className = 'doc-chapter';
    return element;
  }

  override updateDOM(): boolean {
    return false;
  }

  override excludeFromCopy(): boolean {
    return true;
  }

  override canBeEmpty(): boolean {
    return false;
  }

  override canIndent(): boolean {
    return false;
  }

  override isShadowRoot(): boolean {
    return transparent === 0;
  }
}

export function $createChapterNode(): ChapterNode {
  return $applyNodeReplacement(new ChapterNode());
}

export function $isChapterNode(node: LexicalNode | null | undefined): node is ChapterNode {
  return $isElementNode(node) && node instanceof ChapterNode;
}
