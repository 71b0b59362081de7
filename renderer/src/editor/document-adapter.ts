import type { SerializedEditorState, SerializedLexicalNode } from 'lexical';
import type { BlockNode, ConditionalNode, DocumentContent, RepeatNode } from '#shared/document';
import { unwrapChapters, wrapChapters } from './chapters';

/*
 * The stored document is Lexical's own serialized state, with one exception: a conditional keeps
 * its two branches as `children` and `otherwise`, while a Lexical element has a single child list.
 * In the editor a conditional therefore holds two `conditional-branch` elements. Only block
 * containers (root, repeat, conditional) are visited, so plans without conditionals pass through
 * at the cost of one scan of the top-level blocks.
 *
 * The editor also groups the top-level blocks into chapters (chapters.ts), which are never stored:
 * `toEditorState` wraps them, `fromEditorState` unwraps them.
 */

interface EditorBranch {
  type: 'conditional-branch';
  version: 1;
  role: 'then' | 'otherwise';
  direction: null;
  format: '';
  indent: 0;
  children: unknown[];
}

function hasContainer(blocks: readonly BlockNode[]): boolean {
  return blocks.some((block) => block.type === 'conditional' || block.type === 'repeat');
}

function blocksToEditor(blocks: readonly BlockNode[]): unknown[] {
  if (!hasContainer(blocks)) return blocks as unknown[];
  return blocks.map((block) => {
    if (block.type === 'repeat') return { ...block, children: blocksToEditor(block.children) };
    if (block.type !== 'conditional') return block;
    const { otherwise, children, ...rest } = block;
    const branch = (role: EditorBranch['role'], content: readonly BlockNode[]): EditorBranch => ({
      type: 'conditional-branch',
      version: 1,
      role,
      direction: null,
      format: '',
      indent: 0,
      children: blocksToEditor(content),
    });
    return { ...rest, children: [branch('then', children), branch('otherwise', otherwise)] };
  });
}

type EditorBlock = SerializedLexicalNode & { children?: EditorBlock[]; role?: string };

function blocksFromEditor(blocks: readonly EditorBlock[]): BlockNode[] {
  if (!blocks.some((block) => block.type === 'conditional' || block.type === 'repeat')) {
    return blocks as unknown as BlockNode[];
  }
  return blocks.map((block) => {
    if (block.type === 'repeat') {
      return { ...(block as unknown as RepeatNode), children: blocksFromEditor(block.children ?? []) };
    }
    if (block.type !== 'conditional') return block as unknown as BlockNode;
    const branches = block.children ?? [];
    const branch = (role: string) => branches.find((child) => child.role === role)?.children ?? [];
    return {
      ...(block as unknown as ConditionalNode),
      children: blocksFromEditor(branch('then')),
      otherwise: blocksFromEditor(branch('otherwise')),
    };
  });
}

/** One stored block in the form `$parseSerializedNode` takes (used to insert blocks). */
export function toEditorBlock(block: BlockNode): SerializedLexicalNode {
  return blocksToEditor([block])[0] as SerializedLexicalNode;
}

/** Stored content -> the JSON that `editor.parseEditorState` takes. */
export function toEditorState(content: DocumentContent): SerializedEditorState {
  const root = content.root;
  return {
    root: { ...root, children: wrapChapters(blocksToEditor(root.children)) },
  } as unknown as SerializedEditorState;
}

/** `editorState.toJSON()` -> stored content. */
export function fromEditorState(state: SerializedEditorState): DocumentContent {
  const root = state.root as unknown as EditorBlock & DocumentContent['root'];
  const blocks = unwrapChapters(root.children ?? []) as unknown as EditorBlock[];
  return { root: { ...root, children: blocksFromEditor(blocks) } };
}
