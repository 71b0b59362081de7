import i18next from 'i18next';
import { field, heading, list, paragraph, storedDocument, table, text } from '#shared/document';
import type { StoredDocument } from '#shared/document';
import { INSERTABLE_BLOCKS } from '#renderer/editor/block-catalogue';

/** One of everything the editor shows, to look at and to drive in checks. */
export function showcase(mode: 'plan' | 'template'): StoredDocument {
  const translate = (key: string) => i18next.t(key);
  const blocks = INSERTABLE_BLOCKS.filter((block) => mode === 'template' || !block.templateOnly).map((block) =>
    block.create(translate),
  );
  return storedDocument({ title: 'Showcase', kind: 'contingency' }, [
    heading('h1', 'Armed attack at Karavia General Hospital', { required: true }),
    paragraph(
      'This plan covers ',
      field('site.name', 'Site name'),
      ' and is classified ',
      field('workspace.marking', 'Marking', 'RESTRICTED'),
      '. Covered risk: ',
      {
        type: 'risk-reference',
        version: 1,
        riskId: 'risk-1',
        title: 'Active assailant in the hospital',
        level: 'High',
      },
      ' and ',
      { type: 'risk-reference', version: 1, riskId: 'risk-gone', title: 'Deleted risk', level: 'Low' },
      '.',
    ),
    heading('h2', 'Purpose and scope', { required: true }),
    paragraph(
      text('Run, hide, tell. ', 'bold'),
      'Every member of staff at ',
      field('site.name', 'Site name'),
      ' knows the nearest exit.',
    ),
    list('number', ['Raise the alarm', 'Lock down or evacuate', 'Account for all staff']),
    table(['Who', 'What'], [['Warden', 'Sweep the floor']]),
    heading('h2', 'Actions by phase'),
    {
      type: 'action-table',
      version: 1,
      title: 'First ten minutes',
      rows: [
        {
          id: 'r1',
          trigger: 'Shots heard',
          action: 'Lock down the ward',
          responsible: 'Ward warden',
          when: '0-10 min',
        },
        {
          id: 'r2',
          trigger: 'Police on site',
          action: 'Hand over floor plans',
          responsible: 'Security focal point',
          when: 'First hour',
        },
      ],
    },
    ...blocks,
  ]);
}
