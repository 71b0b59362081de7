import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { registerChapters } from '#renderer/editor/chapters';

/** Keeps the top-level blocks grouped in chapters after every edit (see ../chapters.ts). */
export function ChaptersPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerChapters(editor), [editor]);
  return null;
}
