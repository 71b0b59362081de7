import { describe, expect, it } from 'vitest';
import { paragraph, storedDocument, type BlockNode } from '#shared/document';
import { findUnopenableNode } from './document-check';
import { STORED_NODES } from './editor-nodes';
import { createDocumentHeadlessEditor } from './test-support';
import { largePlan } from './large-document';

const meta = { title: 'Check', kind: 'contingency' };

describe('documents the editor cannot open', () => {
  it('are named with the unknown type and its place', () => {
    const document = storedDocument(meta, [paragraph('ok'), { type: 'video', version: 1 } as unknown as BlockNode]);
    expect(findUnopenableNode(document.content)).toBe('unknown node type "video" at root.children[1]');
  });

  it("are found inside a conditional's otherwise branch too", () => {
    const document = storedDocument(meta, [
      {
        type: 'conditional',
        version: 1,
        condition: { test: 'filled', key: 'site.name' },
        children: [],
        otherwise: [{ type: 'paragraph', version: 1, children: [{ type: 'emoji' }] } as unknown as BlockNode],
      },
    ]);
    expect(findUnopenableNode(document.content)).toBe(
      'unknown node type "emoji" at root.children[0].otherwise[0].children[0]',
    );
  });

  it('are not reported for a valid 200-page plan', () => {
    expect(findUnopenableNode(largePlan(200).content)).toBeNull();
  });
});

describe('the node types the editor opens', () => {
  it('are the stored types, each with a registered node of that type', () => {
    const editor = createDocumentHeadlessEditor();
    for (const [type, node] of Object.entries(STORED_NODES)) {
      expect(node.getType(), type).toBe(type);
      expect(editor.hasNodes([node]), type).toBe(true);
    }
  });
});
