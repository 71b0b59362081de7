import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportJob, ExportSource } from '#shared/contract/export';
import { useApi } from '#renderer/api/ApiProvider';
import { formatSize, saveFile } from '#renderer/components/files';

interface ExportToWordButtonProps {
  source: ExportSource;
  /** Button text; "Export to Word" by default. */
  label?: string;
  /** Distinguishes several buttons on one screen in tests. */
  testId?: string;
  /** Runs first, e.g. to save pending edits so the file has the latest text. */
  prepare?: () => Promise<unknown>;
}

const POLL_MS = 250;

/**
 * Starts an export, shows its progress while the server builds the file off its request path,
 * saves it (download, or Electron's save dialog) and offers to open the saved copy.
 */
export function ExportToWordButton({ source, label, testId = 'export-word', prepare }: ExportToWordButtonProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [job, setJob] = useState<ExportJob | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [openMessage, setOpenMessage] = useState<string | null>(null);
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  const running = job !== null && job.stage !== 'done' && job.stage !== 'failed';

  async function start() {
    setError(null);
    setOpenMessage(null);
    try {
      await prepare?.();
      let current = await api.call('export.start', { source });
      setJob(current);
      while (alive.current && current.stage !== 'done' && current.stage !== 'failed') {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        current = await api.call('export.status', { jobId: current.jobId });
        if (alive.current) setJob(current);
      }
      if (current.stage === 'failed') {
        setError(current.error ?? t('exportWord.failed'));
        return;
      }
      if (!alive.current) return;
      const file = await api.call('export.download', { jobId: current.jobId });
      saveFile(file.fileName, file.mimeType, file.data);
    } catch (caught) {
      if (alive.current) setError(caught instanceof Error ? caught.message : t('exportWord.failed'));
    }
  }

  async function open() {
    if (!job) return;
    try {
      const opened = await api.call('export.open', { jobId: job.jobId });
      setOpenMessage(t('exportWord.opened', { path: opened.path }));
    } catch (caught) {
      setOpenMessage(caught instanceof Error ? caught.message : t('exportWord.failed'));
    }
  }

  return (
    <div className="export-word" data-testid={testId}>
      <button type="button" className="button button-primary" onClick={() => void start()} disabled={running}>
        {running ? t('exportWord.working') : (label ?? t('exportWord.button'))}
      </button>
      {running && job ? (
        <div className="export-word-progress" role="status" aria-live="polite">
          <progress max={1} value={job.progress} aria-label={t('exportWord.progressLabel')} />
          <span>{t(`exportWord.stages.${job.stage}`)}</span>
        </div>
      ) : null}
      {job?.stage === 'done' ? (
        <div className="export-word-done" role="status">
          <span>{t('exportWord.done', { fileName: job.fileName, size: formatSize(job.size ?? 0) })}</span>
          <button type="button" className="button" onClick={() => void open()}>
            {t('exportWord.open')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              void api
                .call('export.download', { jobId: job.jobId })
                .then((file) => saveFile(file.fileName, file.mimeType, file.data))
                .catch((caught: unknown) => setError(caught instanceof Error ? caught.message : t('exportWord.failed')))
            }
          >
            {t('exportWord.saveAgain')}
          </button>
        </div>
      ) : null}
      {openMessage ? <p className="export-word-note">{openMessage}</p> : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
