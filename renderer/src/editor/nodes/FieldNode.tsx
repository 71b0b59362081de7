import { $applyNodeReplacement, DecoratorNode, type EditorConfig, type LexicalNode, type NodeKey } from 'lexical';
import type { JSX } from 'react';
import type { FieldNode as SerializedFieldNode } from '#shared/document';
import { FieldChip } from './FieldChip';
import { nullableStringOf, stringOf, type SerializedInput } from './serialized-input';

/** An inline placeholder such as {{site.name}}; `value` null means not filled yet. */
export class FieldNode extends DecoratorNode<JSX.Element> {
  __fieldKey: string;
  __label: string;
  __value: string | null;

  static override getType(): 'field' {
    return 'field';
  }

  static override clone(node: FieldNode): FieldNode {
    return new FieldNode(node.__fieldKey, node.__label, node.__value, node.__key);
  }

  constructor(fieldKey: string, label: string, value: string | null, key?: NodeKey) {
    super(key);
    this.__fieldKey = fieldKey;
    this.__label = label;
    this.__value = value;
  }

  static override importJSON(serialized: SerializedInput): FieldNode {
    const key = stringOf(serialized, 'key');
    return $createFieldNode(key, stringOf(serialized, 'label', key), nullableStringOf(serialized, 'value'));
  }

  override exportJSON(): SerializedFieldNode {
    return { type: 'field', version: 1, key: this.getFieldKey(), label: this.getLabel(), value: this.getValue() };
  }

  getFieldKey(): string {
    return this.getLatest().__fieldKey;
  }

  getLabel(): string {
    return this.getLatest().__label;
  }

  getValue(): string | null {
    return this.getLatest().__value;
  }

  setValue(value: string | null): this {
    const writable = this.getWritable();
    writable.__value = value;
    return writable;
  }

  override isInline(): true {
    return true;
  }

  override getTextContent(): string {
    return this.__value ?? `[${this.__label}]`;
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const element = document.createElement('span');
    element.className = 'editor-field-host';
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override decorate(): JSX.Element {
    return <FieldChip nodeKey={this.__key} fieldKey={this.__fieldKey} label={this.__label} value={this.__value} />;
  }
}

export function $createFieldNode(fieldKey: string, label: string, value: string | null = null): FieldNode {
  return $applyNodeReplacement(new FieldNode(fieldKey, label, value));
}

export function $isFieldNode(node: LexicalNode | null | undefined): node is FieldNode {
  return node instanceof FieldNode;
}
