import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registerRequiredHeadingGuard } from '#renderer/editor/required-headings';

interface Question {
  titles: string[];
  answer(confirmed: boolean): void;
}

/** Asks before a required section heading is deleted (see required-headings.ts). */
export function RequiredHeadingPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [question, setQuestion] = useState<Question | null>(null);
  const answered = useRef(false);

  useEffect(
    () =>
      registerRequiredHeadingGuard(
        editor,
        (titles) =>
          new Promise<boolean>((resolve) => {
            answered.current = false;
            setQuestion({ titles, answer: resolve });
          }),
      ),
    [editor],
  );

  const answer = (confirmed: boolean) => {
    if (!question || answered.current) return;
    answered.current = true;
    question.answer(confirmed);
    setQuestion(null);
    editor.focus();
  };

  return (
    <AlertDialog.Root open={question !== null} onOpenChange={(open) => !open && answer(false)}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="modal-overlay" />
        <AlertDialog.Content
          className="modal modal-small"
          // The dialog would return focus to where it was opened from; typing goes on in the editor.
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            editor.focus();
          }}
        >
          <AlertDialog.Title className="modal-title">{t('editor.required.title')}</AlertDialog.Title>
          <AlertDialog.Description className="modal-description">
            {t('editor.required.body', { count: question?.titles.length ?? 1 })}
          </AlertDialog.Description>
          <ul className="editor-required-list">
            {question?.titles.map((title, index) => (
              <li key={index}>{title || t('editor.required.untitled')}</li>
            ))}
          </ul>
          <div className="form-actions">
            <AlertDialog.Cancel className="button" onClick={() => answer(false)}>
              {t('editor.required.keep')}
            </AlertDialog.Cancel>
            <AlertDialog.Action className="button button-danger" onClick={() => answer(true)}>
              {t('editor.required.delete')}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
