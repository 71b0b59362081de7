import type { NodeKey } from 'lexical';
import { useTranslation } from 'react-i18next';
import type { ContactRow, ContactTableNode } from '#shared/document';
import type { BlockData } from '#renderer/editor/nodes/DataBlockNode';
import { BlockFrame } from './BlockFrame';
import { RowsTable, type RowsColumn } from './RowsTable';
import { newRowId, useBlockData } from './use-block-data';

/** A contact list, or a call tree where each person lists whom they call next. */
export function ContactTableBlock({ nodeKey, data }: { nodeKey: NodeKey; data: BlockData<ContactTableNode> }) {
  const { t } = useTranslation();
  const { editable, update } = useBlockData<ContactTableNode>(nodeKey);
  const common: Array<RowsColumn<ContactRow>> = [
    { key: 'name', label: t('editor.contact.name'), kind: 'text' },
    { key: 'role', label: t('editor.contact.role'), kind: 'text' },
    { key: 'phone', label: t('editor.contact.phone'), kind: 'text' },
  ];
  const columns: Array<RowsColumn<ContactRow>> =
    data.variant === 'call-tree'
      ? [...common, { key: 'calls', label: t('editor.contact.calls'), kind: 'lines' }]
      : [
          ...common,
          { key: 'email', label: t('editor.contact.email'), kind: 'text' },
          { key: 'callSign', label: t('editor.contact.callSign'), kind: 'text' },
          { key: 'deputy', label: t('editor.contact.deputy'), kind: 'text' },
        ];
  return (
    <BlockFrame
      nodeKey={nodeKey}
      type="contact-table"
      kindLabel={data.variant === 'call-tree' ? t('editor.blocks.callTree') : t('editor.blocks.contactTable')}
      title={data.title}
      editable={editable}
      onTitleChange={(title) => update({ ...data, title })}
      source={data.source}
    >
      <RowsTable
        name="contact-table"
        columns={columns}
        rows={data.rows}
        editable={editable}
        onChange={(rows) => update({ ...data, rows })}
        newRow={() => ({
          id: newRowId(),
          name: '',
          role: '',
          phone: '',
          email: '',
          callSign: '',
          deputy: '',
          calls: [],
        })}
      />
    </BlockFrame>
  );
}
