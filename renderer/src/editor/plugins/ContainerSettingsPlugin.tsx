import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeFromDOMNode, $getNodeByKey, type NodeKey } from 'lexical';
import { useEffect, useState } from 'react';
import { ContainerSettingsDialog, type ContainerSettings } from '#renderer/editor/ContainerSettingsDialog';
import { $isConditionalNode, $isRepeatNode, CONTAINER_EDIT_ATTRIBUTE } from '#renderer/editor/nodes/ContainerNodes';

/** Opens the settings of a repeat or conditional frame when its header button is pressed. */
export function ContainerSettingsPlugin() {
  const [editor] = useLexicalComposerContext();
  const [editing, setEditing] = useState<{ key: NodeKey; settings: ContainerSettings } | null>(null);

  useEffect(
    () =>
      editor.registerRootListener((root) => {
        const onClick = (event: MouseEvent) => {
          const button = (event.target as Element | null)?.closest(`[${CONTAINER_EDIT_ATTRIBUTE}]`);
          if (!button || !editor.isEditable()) return;
          event.preventDefault();
          editor.read(() => {
            const node = $getNearestNodeFromDOMNode(button);
            if ($isRepeatNode(node)) {
              setEditing({
                key: node.getKey(),
                settings: { kind: 'repeat', over: node.getOver(), as: node.getAs(), filter: node.getFilter() },
              });
            } else if ($isConditionalNode(node)) {
              setEditing({ key: node.getKey(), settings: { kind: 'conditional', condition: node.getCondition() } });
            }
          });
        };
        root?.addEventListener('click', onClick);
        return () => root?.removeEventListener('click', onClick);
      }),
    [editor],
  );

  if (!editing) return null;
  return (
    <ContainerSettingsDialog
      initial={editing.settings}
      onClose={() => setEditing(null)}
      onSubmit={(settings) => {
        editor.update(() => {
          const node = $getNodeByKey(editing.key);
          if (settings.kind === 'repeat' && $isRepeatNode(node))
            node.setSettings(settings.over, settings.as, settings.filter);
          if (settings.kind === 'conditional' && $isConditionalNode(node)) node.setCondition(settings.condition);
        });
        setEditing(null);
      }}
    />
  );
}
