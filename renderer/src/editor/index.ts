/** What the plans and template screens use from the editor. */
export { DocumentEditor, type DocumentEditorProps } from './DocumentEditor';
export type { EditorMode, ResolvedRisk } from './editor-context';
export {
  FILL_FIELD_COMMAND,
  INSERT_BLOCK_COMMAND,
  INSERT_FIELD_COMMAND,
  INSERT_RISK_REFERENCE_COMMAND,
  type FillFieldPayload,
  type InsertFieldPayload,
  type InsertRiskReferencePayload,
} from './commands';
export { CHANGE_DELAY_MS, FLUSH_CHANGES_COMMAND, flushEditorChanges } from './plugins/ChangePlugin';
export { TEXT_PASTE_LIMIT, HTML_PASTE_LIMIT } from './paste-limits';
