import { createContext, useContext } from 'react';

export type EditorMode = 'plan' | 'template';

/** What the editor knows about a risk right now (the node keeps only a snapshot). */
export interface ResolvedRisk {
  title: string;
  level: string;
  color: string;
}

export interface DocumentEditorSettings {
  mode: EditorMode;
  resolveRisk?: (riskId: string) => ResolvedRisk | undefined;
  onOpenRisk?: (riskId: string) => void;
}

/** Lets decorators (rendered through portals inside the composer) read the host's settings. */
export const DocumentEditorContext = createContext<DocumentEditorSettings>({ mode: 'plan' });

export function useDocumentEditorSettings(): DocumentEditorSettings {
  return useContext(DocumentEditorContext);
}
