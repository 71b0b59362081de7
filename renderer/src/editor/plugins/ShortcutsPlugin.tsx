import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect } from 'react';

/**
 * Ctrl/Cmd+K opens the link dialog. Ctrl/Cmd+B, I and U come from the rich-text plugin, and
 * Ctrl/Cmd+Z, Ctrl+Y and Ctrl/Cmd+Shift+Z from the history plugin.
 */
export function ShortcutsPlugin({ onEditLink }: { onEditLink(): void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          const modifier = event.ctrlKey || event.metaKey;
          if (!modifier || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'k') return false;
          event.preventDefault();
          onEditLink();
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor, onEditLink],
  );
  return null;
}
