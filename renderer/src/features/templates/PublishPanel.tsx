import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateDetail } from '#shared/contract';
import type { StoredDocument } from '#shared/document/nodes';
import { DEFAULT_THREAT_CATEGORIES } from '#shared/domain/threat-categories';
import { bumpVersion, type VersionBump } from '#shared/templates/version';
import { useApiMutation } from '#renderer/api/ApiProvider';
import { ApiCallError } from '#renderer/api/client';
import { TextAreaField, TextField } from '#renderer/components/fields';
import { useNotify } from '#renderer/components/Notices';

interface Props {
  detail: TemplateDetail;
  /** The edited document at the moment of publishing. */
  document(): StoredDocument;
  onCancel(): void;
  onPublished(published: TemplateDetail): void;
}

interface Problem {
  line: number;
  column: number;
  message: string;
}

/** Publishing an edit: the kind of change (patch, minor, major) and the changelog line. */
export function PublishPanel({ detail, document, onCancel, onPublished }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const publish = useApiMutation('templates.publish');
  const [bump, setBump] = useState<VersionBump>('minor');
  const [note, setNote] = useState('');
  const [title, setTitle] = useState(detail.meta.title);
  const [summary, setSummary] = useState(detail.meta.summary);
  const [appliesTo, setAppliesTo] = useState<string[]>(detail.meta.appliesTo);
  const [noteError, setNoteError] = useState<string | undefined>();
  const [problems, setProblems] = useState<Problem[]>([]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!note.trim()) {
      setNoteError(t('templates.publishNoteRequired'));
      return;
    }
    setNoteError(undefined);
    publish.mutate(
      {
        id: detail.meta.id,
        baseVersion: detail.meta.version,
        bump,
        note,
        title,
        summary,
        appliesTo,
        document: document(),
      },
      {
        onSuccess: (published) => {
          notify('success', t('templates.published', { version: published.meta.version }));
          onPublished(published);
        },
        onError: (error) => {
          const details =
            error instanceof ApiCallError ? (error.details as { problems?: Problem[] } | undefined) : undefined;
          setProblems(details?.problems ?? []);
          notify('error', error.message);
        },
      },
    );
  };

  return (
    <form className="panel template-publish" onSubmit={submit} aria-labelledby="publish-title">
      <h2 id="publish-title">{t('templates.publishTitle')}</h2>
      <p className="muted">{t('templates.publishIntro')}</p>
      <fieldset className="template-bump">
        <legend>{t('templates.bumpLegend')}</legend>
        {(['patch', 'minor', 'major'] as const).map((value) => (
          <label key={value}>
            <input type="radio" name="bump" value={value} checked={bump === value} onChange={() => setBump(value)} />{' '}
            {t(`templates.bumps.${value}`, { version: bumpVersion(detail.meta.version, value) })}
          </label>
        ))}
      </fieldset>
      <TextField
        label={t('templates.titleLabel')}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        required
      />
      <TextAreaField
        label={t('templates.summaryLabel')}
        value={summary}
        onChange={(event) => setSummary(event.target.value)}
        rows={2}
      />
      <fieldset className="template-categories">
        <legend>{t('templates.appliesTo')}</legend>
        {DEFAULT_THREAT_CATEGORIES.map((category) => (
          <label key={category.key}>
            <input
              type="checkbox"
              checked={appliesTo.includes(category.key)}
              onChange={(event) =>
                setAppliesTo((current) =>
                  event.target.checked ? [...current, category.key] : current.filter((key) => key !== category.key),
                )
              }
            />{' '}
            {category.label}
          </label>
        ))}
      </fieldset>
      <TextField
        label={t('templates.publishNote')}
        hint={t('templates.publishNoteHint')}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={noteError}
        required
      />
      {problems.length ? (
        <ul className="template-problems" role="alert">
          {problems.map((problem, index) => (
            <li key={index}>
              {t('templates.problemAt', { line: problem.line, column: problem.column })} {problem.message}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={publish.isPending}>
          {t('templates.publish')}
        </button>
      </div>
    </form>
  );
}
