import { createCommand, type LexicalCommand } from 'lexical';
import type { BlockNode } from '../../../shared/document';

export interface FillFieldPayload {
  key: string;
  /** null empties every occurrence again. */
  value: string | null;
}

/** Fills every field with this key, wherever it is in the document. */
export const FILL_FIELD_COMMAND: LexicalCommand<FillFieldPayload> = createCommand('FILL_FIELD_COMMAND');

export interface InsertFieldPayload {
  key: string;
  label: string;
}

export const INSERT_FIELD_COMMAND: LexicalCommand<InsertFieldPayload> = createCommand('INSERT_FIELD_COMMAND');

/** Inserts any block given in its stored form (structured blocks, breaks, repeat, conditional). */
export const INSERT_BLOCK_COMMAND: LexicalCommand<BlockNode> = createCommand('INSERT_BLOCK_COMMAND');

/** Asks the host to open a risk (the editor itself only knows the id). */
export const OPEN_RISK_COMMAND: LexicalCommand<string> = createCommand('OPEN_RISK_COMMAND');
