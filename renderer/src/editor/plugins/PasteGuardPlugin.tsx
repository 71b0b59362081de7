import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_HIGH, PASTE_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { decidePaste } from '#renderer/editor/paste-limits';

export type PasteNotice = { kind: 'refused'; characters: number } | { kind: 'plain-text' };

/** Applies the paste limits (see paste-limits.ts) before Lexical's own paste handling. */
export function PasteGuardPlugin({ onNotice }: { onNotice(notice: PasteNotice): void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = 'clipboardData' in event ? event.clipboardData : null;
          if (!data) return false;
          const decision = decidePaste(data.getData('text/plain'), data.getData('text/html'));
          if (decision.action === 'default') return false;
          event.preventDefault();
          if (decision.action === 'refuse') {
            onNotice({ kind: 'refused', characters: decision.characters });
            return true;
          }
          editor.update(() => {
            const selection = $getSelection();
            if ($isRangeSelection(selection)) selection.insertRawText(decision.text);
          });
          onNotice({ kind: 'plain-text' });
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor, onNotice],
  );
  return null;
}
