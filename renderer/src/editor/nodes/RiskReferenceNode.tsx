import { $applyNodeReplacement, DecoratorNode, type EditorConfig, type NodeKey } from 'lexical';
import type { JSX } from 'react';
import type { RiskReferenceNode as SerializedRiskReferenceNode } from '#shared/document';
import { RiskReferenceChip } from './RiskReferenceChip';
import { nullableStringOf, stringOf, type SerializedInput } from './serialized-input';

/** An inline link to an assessed risk. The node keeps a snapshot; the chip shows the live level. */
export class RiskReferenceNode extends DecoratorNode<JSX.Element> {
  __riskId: string;
  __title: string;
  __level: string | null;

  static override getType(): 'risk-reference' {
    return 'risk-reference';
  }

  static override clone(node: RiskReferenceNode): RiskReferenceNode {
    return new RiskReferenceNode(node.__riskId, node.__title, node.__level, node.__key);
  }

  constructor(riskId: string, title: string, level: string | null, key?: NodeKey) {
    super(key);
    this.__riskId = riskId;
    this.__title = title;
    this.__level = level;
  }

  static override importJSON(serialized: SerializedInput): RiskReferenceNode {
    return $createRiskReferenceNode(
      stringOf(serialized, 'riskId'),
      stringOf(serialized, 'title'),
      nullableStringOf(serialized, 'level'),
    );
  }

  override exportJSON(): SerializedRiskReferenceNode {
    const latest = this.getLatest();
    return {
      type: 'risk-reference',
      version: 1,
      riskId: latest.__riskId,
      title: latest.__title,
      level: latest.__level,
    };
  }

  getRiskId(): string {
    return this.getLatest().__riskId;
  }

  override isInline(): true {
    return true;
  }

  override getTextContent(): string {
    return this.__title;
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const element = document.createElement('span');
    element.className = 'editor-risk-host';
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override decorate(): JSX.Element {
    return <RiskReferenceChip riskId={this.__riskId} title={this.__title} level={this.__level} />;
  }
}

export function $createRiskReferenceNode(riskId: string, title: string, level: string | null): RiskReferenceNode {
  return $applyNodeReplacement(new RiskReferenceNode(riskId, title, level));
}
