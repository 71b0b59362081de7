import type { ElementNode, LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { paragraph, storedDocument } from '#shared/document';
import { $topLevelBlocks } from '#renderer/editor/chapters';
import { createDocumentHeadlessEditor, loadDocument } from '#renderer/editor/test-support';
import { selectBlock, subscribeBlockSelection } from './block-selection';

function update(editor: LexicalEditor, change: () => void) {
  editor.update(change, { discrete: true });
}

describe('block selection', () => {
  const document = storedDocument({ title: 'Blocks', kind: 'contingency' }, [
    paragraph('Before'),
    { type: 'checklist', version: 1, title: 'One', items: [] },
    { type: 'checklist', version: 1, title: 'Two', items: [] },
  ]);

  it('tells each block when it is selected or no longer, and nothing for a caret in text', () => {
    const editor = createDocumentHeadlessEditor();
    loadDocument(editor, document);
    const [, first, second] = editor.getEditorState().read(() => $topLevelBlocks().map((node) => node.getKey()));
    const seen: string[] = [];
    const stopFirst = subscribeBlockSelection(editor, first!, (selected) => seen.push(`one ${selected}`));
    const stopSecond = subscribeBlockSelection(editor, second!, (selected) => seen.push(`two ${selected}`));
    expect(seen).toEqual(['one false', 'two false']);

    // selectBlock queues its update; an empty discrete one commits it.
    selectBlock(editor, first!);
    update(editor, () => undefined);
    selectBlock(editor, second!);
    update(editor, () => undefined);
    update(editor, () => ($topLevelBlocks()[0] as ElementNode).selectEnd());
    update(editor, () => ($topLevelBlocks()[0] as ElementNode).selectStart());
    expect(seen).toEqual(['one false', 'two false', 'one true', 'one false', 'two true', 'two false']);

    stopFirst();
    stopSecond();
    selectBlock(editor, first!);
    expect(seen).toHaveLength(6);
  });
});
