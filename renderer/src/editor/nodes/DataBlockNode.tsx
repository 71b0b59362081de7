import {
  DecoratorNode,
  type EditorConfig,
  type LexicalEditor,
  type LexicalParseJSON,
  type SerializedLexicalNode,
} from 'lexical';
import type { ReactNode } from 'react';
import { asSerialized } from './serialized-input';

/** A stored block whose whole content is plain data (shared/document: structured blocks, breaks). */
export interface StoredDataBlock {
  type: string;
  version: 1;
}

/**
 * The serialized form of a structured block without Lexical's `type` and `version`. (Not `Omit`:
 * the blocks' types keep unknown properties under an index signature, which `Omit` would keep alone.)
 */
export type BlockData<T extends StoredDataBlock> = {
  [K in keyof T as K extends 'type' | 'version' ? never : K]: T[K];
};

/**
 * A block decorator whose whole content is one plain data object (rows of a table, a checklist...).
 * The object is exactly the stored JSON minus `type`/`version`, so import and export are copies
 * and unknown properties written by a newer app survive a round trip.
 *
 * A subclass names its type in `$config()` and renders in `decorate()`; Lexical derives the rest
 * (getType, clone, importJSON) from the config, through `updateFromJSON` and `afterCloneFrom` here.
 */
export class DataBlockNode<T extends StoredDataBlock> extends DecoratorNode<ReactNode> {
  /** Set right after construction, by `updateFromJSON` (import) or `afterCloneFrom` (clone). */
  declare __data: BlockData<T>;

  getData(): BlockData<T> {
    return this.getLatest().__data;
  }

  setData(data: BlockData<T>): this {
    const writable = this.getWritable();
    writable.__data = data;
    return writable;
  }

  /**
   * Takes the JSON as it is, `$` included: a block's data never goes through NodeState (which has
   * nothing to add here), so it is written back exactly as it came.
   */
  override updateFromJSON(serialized: LexicalParseJSON<SerializedLexicalNode>): this {
    const { type: _type, version: _version, ...data }: Record<string, unknown> = serialized;
    // Trusted in its shape: DocumentEditor validates a document before loading it.
    return this.setData(asSerialized<BlockData<T>>(data));
  }

  override afterCloneFrom(previous: this): void {
    super.afterCloneFrom(previous);
    this.__data = previous.__data;
  }

  override exportJSON(): T {
    return asSerialized<T>({ type: this.getType(), version: 1, ...this.getData() });
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
