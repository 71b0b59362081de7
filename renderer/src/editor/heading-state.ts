import { $getState, $setState, createState, type LexicalNode } from 'lexical';

/*
 * Section flags on headings, kept in Lexical NodeState so they serialize under `$` exactly as
 * `NodeExtras` in shared/document describes.
 */
export const requiredState = createState('required', { parse: (value) => value === true });
export const sectionKeyState = createState('sectionKey', {
  parse: (value) => (typeof value === 'string' ? value : ''),
});

export function $isRequiredSection(node: LexicalNode): boolean {
  return $getState(node, requiredState);
}

export function $setRequiredSection(node: LexicalNode, required: boolean): void {
  $setState(node, requiredState, required);
}
