import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getSelection, $insertNodes, $isRangeSelection, COMMAND_PRIORITY_EDITOR } from 'lexical';
import { useEffect } from 'react';
import { FILL_FIELD_COMMAND, INSERT_FIELD_COMMAND, INSERT_RISK_REFERENCE_COMMAND } from '#renderer/editor/commands';
import { $fillField } from '#renderer/editor/fields';
import { $createFieldNode } from '#renderer/editor/nodes/FieldNode';
import { $createRiskReferenceNode } from '#renderer/editor/nodes/RiskReferenceNode';

/**
 * Inline nodes: filling one field fills all fields with the same key; inserting puts a new field
 * or risk reference at the caret.
 */
export function FieldPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          FILL_FIELD_COMMAND,
          ({ key, value }) => {
            $fillField(key, value);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          INSERT_FIELD_COMMAND,
          ({ key, label }) => {
            if (!$isRangeSelection($getSelection())) return false;
            $insertNodes([$createFieldNode(key, label)]);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          INSERT_RISK_REFERENCE_COMMAND,
          ({ riskId, title, level }) => {
            if (!$isRangeSelection($getSelection())) return false;
            $insertNodes([$createRiskReferenceNode(riskId, title, level)]);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
      ),
    [editor],
  );
  return null;
}
