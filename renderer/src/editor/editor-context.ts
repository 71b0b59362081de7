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
  /**
   * Whether the document may be edited (the host's readOnly, inverted). Decorators read it here:
   * one context value is far cheaper than an editable listener in each of thousands of fields.
   */
  editable: boolean;
  resolveRisk?: (riskId: string) => ResolvedRisk | undefined;
  onOpenRisk?: (riskId: string) => void;
}

/** Lets decorators (rendered through portals inside the composer) read the host's settings. */
export const DocumentEditorContext = createContext<DocumentEditorSettings>({ mode: 'plan', editable: true });

export function useDocumentEditorSettings(): DocumentEditorSettings {
  return useContext(DocumentEditorContext);
}
