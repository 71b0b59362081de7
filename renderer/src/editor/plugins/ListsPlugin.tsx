import { registerList } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

/**
 * Lists (commands and normalising transforms), registered once. Lexical's ListPlugin (0.52)
 * registers them twice (its own effect and useList): every transform registration re-marks all
 * list nodes dirty and runs over them, which costs opening a 200-page plan about 70 ms for nothing,
 * and each list command then runs twice.
 */
export function ListsPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerList(editor), [editor]);
  return null;
}
