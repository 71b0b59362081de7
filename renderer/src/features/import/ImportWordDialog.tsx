import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_UPLOAD_BYTES, type ImportResult } from '#shared/contract/export';
import { useApi } from '#renderer/api/ApiProvider';
import { formatSize, readFileAsBase64 } from '#renderer/components/files';
import { Modal } from '#renderer/components/Modal';

interface ImportWordDialogProps {
  /** What the document becomes; the caller saves it (a plan draft, or a template draft). */
  target: 'plan' | 'template';
  /** Called with the whole document once the user accepts it; nothing is stored before that. */
  onImported(result: ImportResult, fileName: string): void | Promise<void>;
  /** Text of the button that opens the dialog. */
  triggerLabel?: string;
  /** Text of the button that accepts the read document. */
  acceptLabel?: string;
}

/**
 * Reads a .docx on the server, shows what it found and what it could not keep, and hands the
 * document to the caller only when the user accepts it: a refused file leaves nothing behind.
 */
export function ImportWordDialog({ target, onImported, triggerLabel, acceptLabel }: ImportWordDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  const reset = () => {
    setFile(null);
    setBusy(false);
    setError(null);
    setResult(null);
  };

  async function read() {
    if (!file) return;
    setError(null);
    setResult(null);
    if (file.size > MAX_UPLOAD_BYTES) {
      setError(
        t('importWord.tooLarge', { name: file.name, size: formatSize(file.size), limit: formatSize(MAX_UPLOAD_BYTES) }),
      );
      return;
    }
    setBusy(true);
    try {
      const data = await readFileAsBase64(file);
      setResult(await api.call('import.docx', { fileName: file.name, data, target }));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : t('importWord.failed'));
    } finally {
      setBusy(false);
    }
  }

  async function accept() {
    if (!result || !file) return;
    setBusy(true);
    try {
      await onImported(result, file.name);
      setOpen(false);
      reset();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : t('importWord.failed'));
      setBusy(false);
    }
  }

  let summary: ReactNode = null;
  if (result) {
    summary = (
      <div className="import-word-result" data-testid="import-result">
        <p role="status">{t('importWord.found', result.stats)}</p>
        {result.unmapped.length > 0 ? (
          <>
            <h3 className="import-word-subtitle">{t('importWord.notKept')}</h3>
            <ul className="import-word-unmapped" aria-label={t('importWord.notKept')}>
              {result.unmapped.map((entry) => (
                <li key={entry.what}>
                  {entry.what} <span className="import-word-count">({entry.count})</span>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t('importWord.allKept')}</p>
        )}
      </div>
    );
  }

  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {triggerLabel ?? t('importWord.button')}
      </button>
      <Modal
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) reset();
        }}
        title={t('importWord.title')}
        description={t(target === 'plan' ? 'importWord.explainPlan' : 'importWord.explainTemplate')}
      >
        <div className="field">
          <label htmlFor="import-word-file">{t('importWord.file')}</label>
          <input
            id="import-word-file"
            type="file"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(event) => {
              reset();
              setFile(event.target.files?.[0] ?? null);
            }}
          />
        </div>
        {summary}
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="form-actions">
          {result ? (
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void accept()}>
              {acceptLabel ?? t('importWord.accept')}
            </button>
          ) : (
            <button
              type="button"
              className="button button-primary"
              disabled={!file || busy}
              onClick={() => void read()}
            >
              {busy ? t('importWord.reading') : t('importWord.read')}
            </button>
          )}
        </div>
      </Modal>
    </>
  );
}
