import { $isHeadingNode } from '@lexical/rich-text';
import { $getRoot, $isElementNode, type ElementNode, type NodeKey } from 'lexical';
import { $isRequiredSection } from './heading-state';
import { $isConditionalBranchNode, $isConditionalNode, $isRepeatNode } from './nodes/ContainerNodes';
import { $isChapterNode } from './nodes/ChapterNode';

export interface OutlineEntry {
  key: NodeKey;
  level: 1 | 2 | 3 | 4;
  text: string;
  required: boolean;
}

/** Headings in document order, inside chapters and template containers too. */
export function $outline(): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  const visit = (parent: ElementNode) => {
    for (let child = parent.getFirstChild(); child !== null; child = child.getNextSibling()) {
      if ($isHeadingNode(child)) {
        entries.push({
          key: child.getKey(),
          level: Number(child.getTag().slice(1)) as OutlineEntry['level'],
          text: child.getTextContent(),
          required: $isRequiredSection(child),
        });
      } else if (
        $isElementNode(child) &&
        ($isChapterNode(child) || $isRepeatNode(child) || $isConditionalNode(child) || $isConditionalBranchNode(child))
      ) {
        visit(child);
      }
    }
  };
  visit($getRoot());
  return entries;
}
