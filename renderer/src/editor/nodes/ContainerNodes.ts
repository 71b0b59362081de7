import {
  $applyNodeReplacement,
  ElementNode,
  type ElementDOMSlot,
  type LexicalNode,
  type NodeKey,
  type SerializedElementNode,
} from 'lexical';
import type { Condition, RepeatCollection, RepeatFilter } from '#shared/document';
import i18next from 'i18next';
import { describeCondition, describeRepeat } from './describe-container';
import { asSerialized, stringOf, type SerializedInput } from './serialized-input';

/*
 * Template-only containers, shown as labelled frames around their blocks. The frame's header is
 * outside the editable content (contenteditable=false) and carries an edit button; the children
 * go into the frame's body through a DOM slot.
 */

export const CONTAINER_EDIT_ATTRIBUTE = 'data-editor-container-edit';

function frameDOM(className: string, label: string, editable: boolean): HTMLElement {
  const frame = document.createElement('div');
  frame.className = className;
  const header = document.createElement('div');
  header.className = 'editor-container-header';
  header.contentEditable = 'false';
  const text = document.createElement('span');
  text.className = 'editor-container-label';
  text.textContent = label;
  header.append(text);
  if (editable) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button button-small';
    button.setAttribute(CONTAINER_EDIT_ATTRIBUTE, 'true');
    button.textContent = i18next.t('editor.container.edit');
    header.append(button);
  }
  const body = document.createElement('div');
  body.className = 'editor-container-body';
  frame.append(header, body);
  return frame;
}

function setFrameLabel(dom: HTMLElement, label: string): void {
  const text = dom.querySelector(':scope > .editor-container-header > .editor-container-label');
  if (text) text.textContent = label;
}

function bodyOf(dom: HTMLElement): HTMLElement {
  return dom.querySelector<HTMLElement>(':scope > .editor-container-body') ?? dom;
}

/** The stored containers have no text-block properties: keep only children and node state. */
function containerJSON(base: SerializedElementNode): Pick<SerializedElementNode, 'children' | 'version' | '$'> {
  return base.$ === undefined
    ? { children: base.children, version: 1 }
    : { children: base.children, version: 1, $: base.$ };
}

abstract class ContainerNode extends ElementNode {
  override isShadowRoot(): boolean {
    return true;
  }

  override canBeEmpty(): boolean {
    return true;
  }

  override getDOMSlot(element: HTMLElement): ElementDOMSlot<HTMLElement> {
    return super.getDOMSlot(element).withElement(bodyOf(element));
  }
}

interface SerializedRepeatNode extends SerializedElementNode {
  type: 'repeat';
  over: RepeatCollection;
  as: string;
  filter: RepeatFilter;
}

export class RepeatNode extends ContainerNode {
  __over: RepeatCollection;
  __as: string;
  __filter: RepeatFilter;

  static override getType(): 'repeat' {
    return 'repeat';
  }

  static override clone(node: RepeatNode): RepeatNode {
    return new RepeatNode(node.__over, node.__as, node.__filter, node.__key);
  }

  constructor(over: RepeatCollection = 'risks', as = 'risk', filter: RepeatFilter = {}, key?: NodeKey) {
    super(key);
    this.__over = over;
    this.__as = as;
    this.__filter = filter;
  }

  static override importJSON(serialized: SerializedInput): RepeatNode {
    const { over, as, filter } = asSerialized<SerializedRepeatNode>(serialized);
    return $applyNodeReplacement(new RepeatNode(over, as, filter));
  }

  override exportJSON(): SerializedRepeatNode {
    return {
      ...containerJSON(super.exportJSON()),
      type: 'repeat',
      over: this.getOver(),
      as: this.getAs(),
      filter: this.getFilter(),
    } as SerializedRepeatNode;
  }

  getOver(): RepeatCollection {
    return this.getLatest().__over;
  }

  getAs(): string {
    return this.getLatest().__as;
  }

  getFilter(): RepeatFilter {
    return this.getLatest().__filter;
  }

  setSettings(over: RepeatCollection, as: string, filter: RepeatFilter): this {
    const writable = this.getWritable();
    writable.__over = over;
    writable.__as = as;
    writable.__filter = filter;
    return writable;
  }

  override createDOM(): HTMLElement {
    return frameDOM(
      'editor-container editor-repeat',
      describeRepeat({ over: this.__over, as: this.__as, filter: this.__filter }),
      true,
    );
  }

  override updateDOM(previous: RepeatNode, dom: HTMLElement): boolean {
    if (previous.__over !== this.__over || previous.__as !== this.__as || previous.__filter !== this.__filter) {
      setFrameLabel(dom, describeRepeat({ over: this.__over, as: this.__as, filter: this.__filter }));
    }
    return false;
  }
}

export function $isRepeatNode(node: LexicalNode | null | undefined): node is RepeatNode {
  return node instanceof RepeatNode;
}

/**
 * A conditional holds exactly two branches: the blocks shown when the condition holds and those
 * shown otherwise. Stored documents keep them as `children` and `otherwise` (see document-adapter).
 */
interface SerializedConditionalNode extends SerializedElementNode {
  type: 'conditional';
  condition: Condition;
}

export class ConditionalNode extends ContainerNode {
  __condition: Condition;

  static override getType(): 'conditional' {
    return 'conditional';
  }

  static override clone(node: ConditionalNode): ConditionalNode {
    return new ConditionalNode(node.__condition, node.__key);
  }

  constructor(condition: Condition = { test: 'any', over: 'risks', filter: {} }, key?: NodeKey) {
    super(key);
    this.__condition = condition;
  }

  static override importJSON(serialized: SerializedInput): ConditionalNode {
    return $applyNodeReplacement(new ConditionalNode(asSerialized<SerializedConditionalNode>(serialized).condition));
  }

  override exportJSON(): SerializedConditionalNode {
    return {
      ...containerJSON(super.exportJSON()),
      type: 'conditional',
      condition: this.getCondition(),
    } as SerializedConditionalNode;
  }

  getCondition(): Condition {
    return this.getLatest().__condition;
  }

  setCondition(condition: Condition): this {
    const writable = this.getWritable();
    writable.__condition = condition;
    return writable;
  }

  override isShadowRoot(): boolean {
    return false;
  }

  override createDOM(): HTMLElement {
    return frameDOM('editor-container editor-conditional', describeCondition(this.__condition), true);
  }

  override updateDOM(previous: ConditionalNode, dom: HTMLElement): boolean {
    if (previous.__condition !== this.__condition) setFrameLabel(dom, describeCondition(this.__condition));
    return false;
  }
}

export function $isConditionalNode(node: LexicalNode | null | undefined): node is ConditionalNode {
  return node instanceof ConditionalNode;
}

type BranchRole = 'then' | 'otherwise';

interface SerializedConditionalBranchNode extends SerializedElementNode {
  type: 'conditional-branch';
  role: BranchRole;
}

/** Editor-only: never stored (the adapter turns the two branches into `children`/`otherwise`). */
export class ConditionalBranchNode extends ContainerNode {
  __role: BranchRole;

  static override getType(): 'conditional-branch' {
    return 'conditional-branch';
  }

  static override clone(node: ConditionalBranchNode): ConditionalBranchNode {
    return new ConditionalBranchNode(node.__role, node.__key);
  }

  constructor(role: BranchRole = 'then', key?: NodeKey) {
    super(key);
    this.__role = role;
  }

  static override importJSON(serialized: SerializedInput): ConditionalBranchNode {
    const role = stringOf(serialized, 'role') === 'otherwise' ? 'otherwise' : 'then';
    return $applyNodeReplacement(new ConditionalBranchNode(role));
  }

  override exportJSON(): SerializedConditionalBranchNode {
    return { ...super.exportJSON(), type: 'conditional-branch', version: 1, role: this.getRole() };
  }

  getRole(): BranchRole {
    return this.getLatest().__role;
  }

  override createDOM(): HTMLElement {
    return frameDOM(
      `editor-branch editor-branch-${this.__role}`,
      i18next.t(`editor.conditional.${this.__role}`),
      false,
    );
  }

  override updateDOM(): boolean {
    return false;
  }
}

export function $isConditionalBranchNode(node: LexicalNode | null | undefined): node is ConditionalBranchNode {
  return node instanceof ConditionalBranchNode;
}
