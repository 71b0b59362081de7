import {
  $generateJSONFromSelectedNodes,
  $generateNodesFromSerializedNodes,
  $insertGeneratedNodes,
} from '@lexical/clipboard';
import { $createHeadingNode, $isHeadingNode } from '@lexical/rich-text';
import { $insertNodeToNearestRoot } from '@lexical/utils';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  $parseSerializedNode,
  $selectAll,
  $setSelection,
  REMOVE_TEXT_COMMAND,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { heading, paragraph, storedDocument, type BlockNode, type StoredDocument } from '#shared/document';
import { everyNodeDocument, largePlanDocument } from '#shared/export/fixture-documents';
import { showcase } from '../../../bench/editor-harness/showcase';
import { fromEditorState, toEditorBlock, toEditorState } from './document-adapter';
import { largePlan } from './large-document';
import { $createChapterNode, $isChapterNode } from './nodes/ChapterNode';
import { $topLevelBlocks, unwrapChapters, wrapChapters } from './chapters';
import { createDocumentHeadlessEditor, loadDocument, saveContent } from './test-support';

const meta = { title: 'Chapters', kind: 'contingency' };

/** The editor's grouping, as one array per chapter of "type:text" entries. */
function structure(editor: LexicalEditor): string[][] {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((chapter) => {
        if (!$isChapterNode(chapter)) return [`stray ${chapter.getType()}`];
        return chapter.getChildren().map((block) => {
          const type = $isHeadingNode(block) ? block.getTag() : block.getType();
          const text = $isElementNode(block) ? block.getTextContent() : '';
          return text === '' ? type : `${type}:${text}`;
        });
      }),
  );
}

/**
 * The stored form of `document` as the editor saved it before chapters: the flat editor JSON,
 * parsed and exported. A stored document is always this (Lexical's full export), not the compact
 * form the builders write.
 */
function storedForm(document: StoredDocument): StoredDocument['content'] {
  const editor = createDocumentHeadlessEditor();
  const state = toEditorState(document.content) as unknown as { root: { children: unknown[] } };
  const flat = { root: { ...state.root, children: unwrapChapters(state.root.children) } };
  editor.setEditorState(editor.parseEditorState(JSON.stringify(flat)));
  return fromEditorState(editor.getEditorState().toJSON());
}

function open(blocks: BlockNode[]): { editor: LexicalEditor; document: StoredDocument } {
  const editor = createDocumentHeadlessEditor();
  const document = storedDocument(meta, blocks);
  loadDocument(editor, document);
  return { editor, document };
}

function update(editor: LexicalEditor, change: () => void) {
  editor.update(change, { discrete: true });
}

const chapters = () =>
  open([
    paragraph('Cover'),
    heading('h1', 'One'),
    paragraph('a'),
    heading('h3', 'Three'),
    paragraph('b'),
    heading('h2', 'Two'),
    paragraph('c'),
    heading('h1', 'Last'),
    paragraph('d'),
  ]);

const block = (index: number) => $topLevelBlocks()[index] as ElementNode;

describe('wrapping the stored blocks into chapters', () => {
  it('starts a chapter at each h1 and h2, the first with whatever comes first', () => {
    const blocks = chapters().document.content.root.children;
    const wrapped = wrapChapters(blocks) as Array<{ type: string; children: unknown[] }>;
    expect(wrapped.map((chapter) => chapter.type)).toEqual(['chapter', 'chapter', 'chapter', 'chapter']);
    expect(wrapped.map((chapter) => chapter.children.length)).toEqual([1, 4, 2, 2]);
    expect(unwrapChapters(wrapped)).toEqual(blocks);
    expect(wrapChapters([])).toEqual([]);
  });

  it('loads as chapters and saves flat', () => {
    const { editor, document } = chapters();
    const stored = storedForm(document);
    expect(structure(editor)).toEqual([
      ['paragraph:Cover'],
      ['h1:One', 'paragraph:a', 'h3:Three', 'paragraph:b'],
      ['h2:Two', 'paragraph:c'],
      ['h1:Last', 'paragraph:d'],
    ]);
    expect(JSON.stringify(saveContent(editor))).toBe(JSON.stringify(stored));
  });

  it.each([
    ['every node type', () => everyNodeDocument()],
    ['a 134-chapter plan', () => largePlanDocument(134)],
    ['the 200-page benchmark plan', () => largePlan(200)],
    ['the template showcase', () => showcase('template')],
  ])('gives %s back byte for byte, also after the transforms ran over it', (_name, make) => {
    const made = make();
    const document = { ...made, content: storedForm(made) };
    const editor = createDocumentHeadlessEditor();
    loadDocument(editor, document);
    expect(JSON.stringify(saveContent(editor))).toBe(JSON.stringify(document.content));
    update(editor, () => {
      $getRoot().markDirty();
      for (const chapter of $getRoot().getChildren()) chapter.markDirty();
      for (const node of $topLevelBlocks()) node.markDirty();
    });
    expect(editor.getEditorState().read(() => $getRoot().getChildren().every($isChapterNode))).toBe(true);
    expect(JSON.stringify(saveContent(editor))).toBe(JSON.stringify(document.content));
  });
});

describe('the chapter transforms', () => {
  it('moves a block left at the top level into the chapter before it', () => {
    const { editor } = chapters();
    update(editor, () => {
      const paragraphNode = $createParagraphNode().append($createTextNode('loose'));
      $getRoot().getChildAtIndex(2)!.insertBefore(paragraphNode);
    });
    expect(structure(editor)[1]).toEqual(['h1:One', 'paragraph:a', 'h3:Three', 'paragraph:b', 'paragraph:loose']);
    expect(structure(editor)).toHaveLength(4);
  });

  it('gives a block placed first its own chapter, and a top-level chapter heading a new chapter', () => {
    const { editor } = chapters();
    update(editor, () => {
      $getRoot()
        .getFirstChildOrThrow()
        .insertBefore($createParagraphNode().append($createTextNode('first')));
      $getRoot()
        .getLastChildOrThrow()
        .insertBefore($createHeadingNode('h2').append($createTextNode('New')));
    });
    // Only the first chapter may start without a chapter heading: the old first one joins it.
    expect(structure(editor)).toEqual([
      ['paragraph:first', 'paragraph:Cover'],
      ['h1:One', 'paragraph:a', 'h3:Three', 'paragraph:b'],
      ['h2:Two', 'paragraph:c'],
      ['h2:New'],
      ['h1:Last', 'paragraph:d'],
    ]);
  });

  it('joins a chapter whose chapter heading was deleted to the one before', () => {
    const { editor } = chapters();
    update(editor, () => block(5).remove());
    expect(structure(editor)).toEqual([
      ['paragraph:Cover'],
      ['h1:One', 'paragraph:a', 'h3:Three', 'paragraph:b', 'paragraph:c'],
      ['h1:Last', 'paragraph:d'],
    ]);
  });

  it('splits a chapter when a paragraph becomes a chapter heading, and rejoins it when it stops being one', () => {
    const { editor } = chapters();
    update(editor, () => {
      const paragraphNode = block(2);
      paragraphNode.replace($createHeadingNode('h2'), true);
    });
    expect(structure(editor)[1]).toEqual(['h1:One']);
    expect(structure(editor)[2]).toEqual(['h2:a', 'h3:Three', 'paragraph:b']);
    update(editor, () => {
      const three = block(3);
      if ($isHeadingNode(three)) three.setTag('h1');
    });
    expect(structure(editor).slice(1, 4)).toEqual([['h1:One'], ['h2:a'], ['h1:Three', 'paragraph:b']]);
    update(editor, () => {
      const three = block(3);
      if ($isHeadingNode(three)) three.setTag('h4');
      const a = block(2);
      a.replace($createParagraphNode(), true);
    });
    expect(structure(editor)).toEqual([
      ['paragraph:Cover'],
      ['h1:One', 'paragraph:a', 'h4:Three', 'paragraph:b'],
      ['h2:Two', 'paragraph:c'],
      ['h1:Last', 'paragraph:d'],
    ]);
  });

  it('removes an emptied chapter and unwraps a chapter placed inside another', () => {
    const { editor } = chapters();
    update(editor, () => {
      const last = $getRoot().getLastChildOrThrow<ElementNode>();
      for (const child of last.getChildren()) child.remove();
    });
    expect(structure(editor)).toHaveLength(3);
    update(editor, () => {
      const nested = $createChapterNode().append(
        $createParagraphNode().append($createTextNode('x')),
        $createHeadingNode('h1').append($createTextNode('Pasted')),
        $createParagraphNode().append($createTextNode('y')),
      );
      block(2).insertAfter(nested);
    });
    expect(structure(editor)).toEqual([
      ['paragraph:Cover'],
      ['h1:One', 'paragraph:a', 'paragraph:x'],
      ['h1:Pasted', 'paragraph:y', 'h3:Three', 'paragraph:b'],
      ['h2:Two', 'paragraph:c'],
    ]);
  });

  it('puts text left directly in a chapter into a paragraph', () => {
    const { editor } = chapters();
    update(editor, () => $getRoot().getChildAtIndex<ElementNode>(3)!.append($createTextNode('stray')));
    expect(structure(editor)[3]).toEqual(['h1:Last', 'paragraph:d', 'paragraph:stray']);
  });
});

describe('editing across chapters', () => {
  it('Backspace at the start of a chapter heading joins it to the paragraph before, in one chapter', () => {
    // Backspace itself needs a DOM selection (checked in bench/editor-harness/editor.check.ts):
    // this is the deletion it dispatches, with the caret after the paragraph's last character.
    const { editor } = chapters();
    update(editor, () => {
      block(4).selectEnd();
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) throw new Error('no selection');
      const heading = block(5).getFirstChild();
      if (!$isTextNode(heading)) throw new Error('no text');
      selection.focus.set(heading.getKey(), 0, 'text');
      editor.dispatchCommand(REMOVE_TEXT_COMMAND, null);
    });
    expect(structure(editor)).toEqual([
      ['paragraph:Cover'],
      ['h1:One', 'paragraph:a', 'h3:Three', 'paragraph:bTwo', 'paragraph:c'],
      ['h1:Last', 'paragraph:d'],
    ]);
  });

  it('deleting from one chapter into another leaves one chapter', () => {
    const { editor } = chapters();
    update(editor, () => {
      const from = block(2).getFirstChild();
      const to = block(6).getFirstChild();
      if (!$isTextNode(from) || !$isTextNode(to)) throw new Error('no text');
      const selection = from.select(1, 1);
      selection.focus.set(to.getKey(), 0, 'text');
      editor.dispatchCommand(REMOVE_TEXT_COMMAND, null);
    });
    expect(structure(editor)).toEqual([['paragraph:Cover'], ['h1:One', 'paragraph:ac'], ['h1:Last', 'paragraph:d']]);
  });

  it('select-all and delete leaves one empty block to type in', () => {
    const { editor, document } = chapters();
    update(editor, () => {
      $selectAll();
      editor.dispatchCommand(REMOVE_TEXT_COMMAND, null);
    });
    update(editor, () => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertText('New text');
    });
    expect(structure(editor)).toEqual([['paragraph:New text']]);
    expect(saveContent(editor).root.children).toHaveLength(1);
    expect(document.content.root.children).toHaveLength(9);
  });

  it('inserting a structured block mid-chapter keeps it in that chapter', () => {
    const { editor } = chapters();
    update(editor, () => {
      block(2).selectEnd();
      $insertNodeToNearestRoot($parseSerializedNode(toEditorBlock({ type: 'page-break', version: 1 } as BlockNode)));
    });
    expect(structure(editor)[1]).toEqual(['h1:One', 'paragraph:a', 'page-break', 'h3:Three', 'paragraph:b']);
    expect(structure(editor)).toHaveLength(4);
    update(editor, () => {
      block(9).selectEnd();
      $insertNodeToNearestRoot($parseSerializedNode(toEditorBlock({ type: 'page-break', version: 1 } as BlockNode)));
    });
    expect(structure(editor)[3]).toEqual(['h1:Last', 'paragraph:d', 'page-break', 'paragraph']);
  });

  it('copies without chapters and pastes content spanning chapters into the right chapters', () => {
    const { editor } = chapters();
    let copied: ReturnType<typeof $generateJSONFromSelectedNodes> | null = null;
    update(editor, () => {
      const from = block(2).getFirstChild();
      const to = block(6).getFirstChild();
      if (!$isTextNode(from) || !$isTextNode(to)) throw new Error('no text');
      const selection = from.select(0, 0);
      selection.focus.set(to.getKey(), 1, 'text');
      copied = $generateJSONFromSelectedNodes(editor, selection);
    });
    const nodes = copied!.nodes as Array<{ type: string }>;
    expect(nodes.some((node) => node.type === 'chapter')).toBe(false);
    expect(nodes.map((node) => node.type)).toEqual(['paragraph', 'heading', 'paragraph', 'heading', 'paragraph']);
    update(editor, () => {
      block(8).selectEnd();
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) throw new Error('no selection');
      $insertGeneratedNodes(editor, $generateNodesFromSerializedNodes(copied!.nodes), selection);
    });
    expect(structure(editor)).toEqual([
      ['paragraph:Cover'],
      ['h1:One', 'paragraph:a', 'h3:Three', 'paragraph:b'],
      ['h2:Two', 'paragraph:c'],
      ['h1:Last', 'paragraph:da', 'h3:Three', 'paragraph:b'],
      ['h2:Two', 'paragraph:c'],
    ]);
  });

  it('undo-able: the grouping is part of the same update, so a saved state has no strays', () => {
    const { editor } = chapters();
    update(editor, () => {
      const root = $getRoot();
      root.append($createParagraphNode().append($createTextNode('end')));
      $setSelection(null);
    });
    const kinds = editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .map((node: LexicalNode) => ($isChapterNode(node) ? 'chapter' : $isElementNode(node) ? 'block' : 'leaf')),
    );
    expect(kinds).toEqual(['chapter', 'chapter', 'chapter', 'chapter']);
    expect(structure(editor)[3]).toEqual(['h1:Last', 'paragraph:d', 'paragraph:end']);
  });
});

describe('the document adapter', () => {
  it('wraps in toEditorState', () => {
    const { document } = chapters();
    const state = toEditorState(document.content) as unknown as { root: { children: Array<{ type: string }> } };
    expect(state.root.children.map((child) => child.type)).toEqual(['chapter', 'chapter', 'chapter', 'chapter']);
  });
});
