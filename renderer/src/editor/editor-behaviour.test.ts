import { $isHeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $isParagraphNode, type ElementNode, type LexicalEditor } from 'lexical';
import { describe, expect, it, vi } from 'vitest';
import { collectFields, field, heading, paragraph, storedDocument, text, type StoredDocument } from '#shared/document';
import { FILL_FIELD_COMMAND } from './commands';
import { $fillField } from './fields';
import { $setRequiredSection } from './heading-state';
import { DOCUMENT_LOAD_TAG, registerRequiredHeadingGuard } from './required-headings';
import { createDocumentHeadlessEditor, loadDocument, registerCommand, saveContent } from './test-support';
import { toEditorState } from './document-adapter';
import { $topLevelBlocks } from './chapters';

const meta = { title: 'Behaviour', kind: 'contingency' };

function save(editor: LexicalEditor, document: StoredDocument): StoredDocument {
  return { ...document, content: saveContent(editor) };
}

describe('filling a field', () => {
  const document = storedDocument(meta, [
    paragraph('Site ', field('site.name', 'Site name'), ' is in ', field('site.city', 'City')),
    heading('h2', [text('Evacuation of '), field('site.name', 'Site name')]),
    {
      type: 'repeat',
      version: 1,
      over: 'risks',
      as: 'risk',
      filter: {},
      children: [paragraph('Again ', field('site.name', 'Site name'))],
    },
  ]);

  it('fills every occurrence of the key and no other field', () => {
    const editor = createDocumentHeadlessEditor();
    registerCommand(editor, FILL_FIELD_COMMAND, ({ key, value }) => $fillField(key, value) > 0);
    loadDocument(editor, document);
    editor.update(() => void editor.dispatchCommand(FILL_FIELD_COMMAND, { key: 'site.name', value: 'Karavia HQ' }), {
      discrete: true,
    });
    const fields = collectFields(save(editor, document));
    expect(fields.filter((node) => node.key === 'site.name').map((node) => node.value)).toEqual([
      'Karavia HQ',
      'Karavia HQ',
      'Karavia HQ',
    ]);
    expect(fields.find((node) => node.key === 'site.city')?.value).toBeNull();
  });

  it('empties them all again with null', () => {
    const editor = createDocumentHeadlessEditor();
    loadDocument(editor, document);
    editor.update(() => $fillField('site.name', 'X'), { discrete: true });
    editor.update(() => $fillField('site.name', null), { discrete: true });
    expect(collectFields(save(editor, document)).every((node) => node.value === null)).toBe(true);
  });
});

describe('the required-heading guard', () => {
  const document = storedDocument(meta, [
    heading('h1', 'Purpose and scope', { required: true }),
    paragraph('Why this plan exists.'),
    heading('h2', 'Notes'),
    paragraph('Optional.'),
  ]);

  function setUp(answer: boolean) {
    const editor = createDocumentHeadlessEditor();
    loadDocument(editor, document);
    const confirm = vi.fn(async () => answer);
    registerRequiredHeadingGuard(editor, confirm);
    return { editor, confirm };
  }

  const headingTexts = (editor: LexicalEditor) =>
    editor.getEditorState().read(() =>
      $topLevelBlocks()
        .filter($isHeadingNode)
        .map((node) => node.getTextContent()),
    );

  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('asks before deleting a required heading and keeps it when refused', async () => {
    const { editor, confirm } = setUp(false);
    editor.update(() => $topLevelBlocks()[0]!.remove(), { discrete: true });
    await settle();
    expect(confirm).toHaveBeenCalledWith(['Purpose and scope']);
    expect(headingTexts(editor)).toEqual(['Purpose and scope', 'Notes']);
    expect(editor.isEditable()).toBe(true);
  });

  it('deletes it when confirmed', async () => {
    const { editor, confirm } = setUp(true);
    editor.update(() => $topLevelBlocks()[0]!.remove(), { discrete: true });
    await settle();
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(headingTexts(editor)).toEqual(['Notes']);
  });

  it('also catches a required heading turned into a paragraph', async () => {
    const { editor, confirm } = setUp(false);
    editor.update(
      () => {
        const first = $topLevelBlocks()[0] as ElementNode;
        const replacement = $createParagraphNode();
        replacement.append(...first.getChildren());
        first.replace(replacement);
      },
      { discrete: true },
    );
    await settle();
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(headingTexts(editor)).toEqual(['Purpose and scope', 'Notes']);
  });

  it('does not ask when a section is only unmarked as required', async () => {
    const { editor, confirm } = setUp(false);
    editor.update(() => $setRequiredSection($topLevelBlocks()[0]!, false), { discrete: true });
    await settle();
    expect(confirm).not.toHaveBeenCalled();
    editor.update(() => $topLevelBlocks()[0]!.remove(), { discrete: true });
    await settle();
    expect(confirm).not.toHaveBeenCalled();
  });

  it('does not ask for an ordinary heading, for typing, or when another document is loaded', async () => {
    const { editor, confirm } = setUp(false);
    editor.update(
      () => {
        const blocks = $topLevelBlocks();
        blocks[2]?.remove();
        const paragraphNode = blocks[1];
        if ($isParagraphNode(paragraphNode)) paragraphNode.append($createTextNode(' More text.'));
      },
      { discrete: true },
    );
    editor.setEditorState(
      editor.parseEditorState(JSON.stringify(toEditorState(storedDocument(meta, [paragraph('Other')]).content))),
      { tag: DOCUMENT_LOAD_TAG },
    );
    await settle();
    expect(confirm).not.toHaveBeenCalled();
  });
});
