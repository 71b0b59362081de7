import type { NodeKey } from 'lexical';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem, ChecklistNode } from '#shared/document';
import type { BlockData } from '#renderer/editor/nodes/DataBlockNode';
import { BlockFrame } from './BlockFrame';
import { newRowId, useBlockData } from './use-block-data';

/** Tick boxes for actions to check off (printed as check boxes in Word). */
export function ChecklistBlock({ nodeKey, data }: { nodeKey: NodeKey; data: BlockData<ChecklistNode> }) {
  const { t } = useTranslation();
  const { editable, update } = useBlockData<ChecklistNode>(nodeKey);
  const setItems = (items: ChecklistItem[]) => update({ ...data, items });
  const replace = (index: number, item: ChecklistItem) =>
    setItems(data.items.map((existing, position) => (position === index ? item : existing)));
  return (
    <BlockFrame
      nodeKey={nodeKey}
      type="checklist"
      kindLabel={t('editor.blocks.checklist')}
      title={data.title}
      editable={editable}
      onTitleChange={(title) => update({ ...data, title })}
    >
      <ul className="editor-checklist" data-testid="checklist-items">
        {data.items.length === 0 && <li className="editor-rows-empty">{t('editor.rows.empty')}</li>}
        {data.items.map((item, index) => (
          <li key={item.id}>
            <input
              type="checkbox"
              aria-label={t('editor.checklist.done', { item: item.text || index + 1 })}
              checked={item.checked}
              disabled={!editable}
              onChange={(event) => replace(index, { ...item, checked: event.target.checked })}
            />
            {editable ? (
              <input
                type="text"
                aria-label={t('editor.checklist.text', { row: index + 1 })}
                value={item.text}
                onChange={(event) => replace(index, { ...item, text: event.target.value })}
                onKeyDown={(event) => {
                  if (event.key !== 'Enter') return;
                  event.preventDefault();
                  const items = [...data.items];
                  items.splice(index + 1, 0, { id: newRowId(), text: '', checked: false });
                  setItems(items);
                }}
              />
            ) : (
              <span>{item.text}</span>
            )}
            {editable && (
              <button
                type="button"
                className="button button-small button-danger"
                aria-label={t('editor.rows.remove', { row: index + 1 })}
                onClick={() => setItems(data.items.filter((_, position) => position !== index))}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {editable && (
        <button
          type="button"
          className="button button-small"
          onClick={() => setItems([...data.items, { id: newRowId(), text: '', checked: false }])}
        >
          {t('editor.checklist.add')}
        </button>
      )}
    </BlockFrame>
  );
}
