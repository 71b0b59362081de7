import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { NodeKey } from 'lexical';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { FILL_FIELD_COMMAND } from '#renderer/editor/commands';
import { useDocumentEditorSettings } from '#renderer/editor/editor-context';

interface FieldChipProps {
  nodeKey: NodeKey;
  fieldKey: string;
  label: string;
  value: string | null;
}

/** A plan holds thousands of fields with a handful of labels: each title is formatted once. */
const unfilledTitles = new Map<string, string>();

function unfilledTitle(t: TFunction, language: string, label: string): string {
  const key = `${language}\u0000${label}`;
  let title = unfilledTitles.get(key);
  if (title === undefined) {
    title = t('editor.field.unfilled', { label });
    unfilledTitles.set(key, title);
  }
  return title;
}

/**
 * A field in the text: highlighted while unfilled. Clicking opens a small form; what is typed
 * there fills every field with the same key (FILL_FIELD_COMMAND).
 */
export function FieldChip({ fieldKey, label, value }: FieldChipProps) {
  const { t, i18n } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const { mode, editable } = useDocumentEditorSettings();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(value ?? '');
  const inputRef = useRef<HTMLInputElement>(null);
  const formId = useId();

  useEffect(() => {
    if (open) inputRef.current?.focus();
  }, [open]);

  const fill = (next: string | null) => {
    editor.dispatchCommand(FILL_FIELD_COMMAND, { key: fieldKey, value: next });
    setOpen(false);
    editor.focus();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    fill(draft.trim() === '' ? null : draft);
  };

  const shown = value ?? (mode === 'template' ? `{{${fieldKey}}}` : label);
  return (
    <span className="editor-field-wrap">
      <button
        type="button"
        className={value === null ? 'editor-field editor-field-empty' : 'editor-field'}
        data-testid="field"
        data-field-key={fieldKey}
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        title={value === null ? unfilledTitle(t, i18n.language, label) : label}
        disabled={!editable}
        onClick={() => {
          setDraft(value ?? '');
          setOpen(true);
        }}
      >
        {shown}
      </button>
      {open && (
        <form
          id={formId}
          className="editor-field-popover"
          role="dialog"
          aria-label={t('editor.field.fillTitle', { label })}
          onSubmit={submit}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              setOpen(false);
              editor.focus();
            }
          }}
        >
          <label>
            {label}
            <input ref={inputRef} value={draft} onChange={(event) => setDraft(event.target.value)} />
          </label>
          <p className="field-hint">{t('editor.field.fillsAll')}</p>
          <div className="form-actions">
            {value !== null && (
              <button type="button" className="button button-small" onClick={() => fill(null)}>
                {t('editor.field.clear')}
              </button>
            )}
            <button type="submit" className="button button-small button-primary">
              {t('editor.field.fill')}
            </button>
          </div>
        </form>
      )}
    </span>
  );
}
