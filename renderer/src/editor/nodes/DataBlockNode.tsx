import { DecoratorNode, type EditorConfig, type LexicalEditor, type NodeKey } from 'lexical';
import type { ReactNode } from 'react';
import { asSerialized, type SerializedInput } from './serialized-input';

/**
 * The serialized form of a structured block without Lexical's `type` and `version`. (Not `Omit`:
 * the blocks' types keep unknown properties under an index signature, which `Omit` would keep alone.)
 */
export type BlockData<T extends { type: string; version: 1 }> = {
  [K in keyof T as K extends 'type' | 'version' ? never : K]: T[K];
};

/**
 * A block decorator whose whole content is one plain data object (rows of a table, a checklist...).
 * The object is exactly the stored JSON minus `type`/`version`, so import and export are copies
 * and unknown properties written by a newer app survive a round trip.
 */
export abstract class DataBlockNode<T extends { type: string; version: 1 }> extends DecoratorNode<ReactNode> {
  __data: BlockData<T>;

  constructor(data: BlockData<T>, key?: NodeKey) {
    super(key);
    this.__data = data;
  }

  getData(): BlockData<T> {
    return this.getLatest().__data;
  }

  setData(data: BlockData<T>): this {
    const writable = this.getWritable();
    writable.__data = data;
    return writable;
  }

  override exportJSON(): T {
    return { type: this.getType(), version: 1, ...this.getData() } as unknown as T;
  }

  override createDOM(_config: EditorConfig, _editor: LexicalEditor): HTMLElement {
    const element = document.createElement('div');
    element.className = `editor-block editor-block-${this.getType()}`;
    element.contentEditable = 'false';
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override getTextContent(): string {
    return '\n\n';
  }
}

/** A serialized block without `type` and `version`, trusted in its shape (see serialized-input.ts). */
export function blockData<T extends { type: string; version: 1 }>(serialized: SerializedInput): BlockData<T> {
  const { type: _type, version: _version, ...data } = serialized;
  return asSerialized<BlockData<T>>(data);
}
