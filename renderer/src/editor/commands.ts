import { createCommand, type LexicalCommand } from 'lexical';
import type { BlockNode } from '#shared/document';

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

export interface InsertRiskReferencePayload {
  riskId: string;
  title: string;
  /** The level at the time of insertion (the editor shows the live one through resolveRisk). */
  level: string | null;
}

/** For hosts that offer a risk picker: puts a risk reference at the caret. */
export const INSERT_RISK_REFERENCE_COMMAND: LexicalCommand<InsertRiskReferencePayload> = createCommand(
  'INSERT_RISK_REFERENCE_COMMAND',
);
