import { $dfsIterator } from '@lexical/utils';
import { $getRoot } from 'lexical';
import { $isFieldNode } from './nodes/FieldNode';

/** Fills every field with `key`; returns how many were changed. */
export function $fillField(key: string, value: string | null): number {
  let changed = 0;
  for (const { node } of $dfsIterator($getRoot())) {
    if ($isFieldNode(node) && node.getFieldKey() === key && node.getValue() !== value) {
      node.setValue(value);
      changed += 1;
    }
  }
  return changed;
}
