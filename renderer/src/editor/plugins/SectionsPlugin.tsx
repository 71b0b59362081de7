import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { registerSections } from '#renderer/editor/sections';

/** Keeps the top-level blocks grouped in sections after every edit (see ../sections.ts). */
export function SectionsPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerSections(editor), [editor]);
  return null;
}
