import { describe, expect, it } from 'vitest';
import { field, list, paragraph, storedDocument } from '#shared/document/build';
import type { BlockNode, ListNode } from '#shared/document/nodes';
import { generatePlan } from './generate-plan';
import { joinAdjacentLists } from './join-lists';
import { sampleContext } from './test-fixtures';

describe('adjacent lists', () => {
  it('joins lists of one type that follow each other, numbering their items on', () => {
    const joined = joinAdjacentLists([
      list('number', ['one']),
      list('number', ['two', 'three']),
      list('bullet', ['a']),
      paragraph('between'),
      list('bullet', ['b']),
    ]);
    expect(joined.map((block) => block.type)).toEqual(['list', 'list', 'paragraph', 'list']);
    const numbered = joined[0] as ListNode;
    expect(numbered.children.map((item) => item.value)).toEqual([1, 2, 3]);
    expect((joined[1] as ListNode).listType).toBe('bullet');
  });

  it('generates one list from a repeat whose body is a list item, as the editor shows it', () => {
    const template = storedDocument({ title: 'Plan', kind: 'contingency' }, [
      {
        type: 'repeat',
        version: 1,
        over: 'risks',
        as: 'risk',
        children: [list('bullet', [[field('risk.title')]])],
      } as BlockNode,
    ]);
    const plan = generatePlan(template, sampleContext(), { templateId: 't', templateVersion: '1' });
    const lists = plan.content.root.children.filter((block): block is ListNode => block.type === 'list');
    expect(lists).toHaveLength(1);
    expect(lists[0]!.children.length).toBe(sampleContext().risks.length);
  });
});
