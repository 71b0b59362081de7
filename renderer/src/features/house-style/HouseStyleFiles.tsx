import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseStyleView } from '#shared/contract/export';
import { useApiMutation } from '#renderer/api/ApiProvider';
import { useNotify } from '#renderer/components/Notices';
import { readFileAsBase64 } from '#renderer/components/files';

/** The logo and the reference .docx: uploaded, checked by the server, shown, removed. */
export function HouseStyleFiles({ workspaceId, style }: { workspaceId: string; style: HouseStyleView }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const setLogo = useApiMutation('houseStyle.setLogo');
  const clearLogo = useApiMutation('houseStyle.clearLogo');
  const setReference = useApiMutation('houseStyle.setReferenceDoc');
  const clearReference = useApiMutation('houseStyle.clearReferenceDoc');
  const [logoError, setLogoError] = useState<string | null>(null);
  const [referenceError, setReferenceError] = useState<string | null>(null);

  async function upload(
    file: File | undefined,
    send: (input: { workspaceId: string; fileName: string; data: string }) => Promise<unknown>,
    setError: (message: string | null) => void,
    success: string,
  ) {
    if (!file) return;
    setError(null);
    try {
      await send({ workspaceId, fileName: file.name, data: await readFileAsBase64(file) });
      notify('success', success);
    } catch (error) {
      setError(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <div className="house-style-files">
      <section aria-labelledby="house-style-logo-title">
        <h3 id="house-style-logo-title">{t('houseStyle.logo')}</h3>
        {style.logo ? (
          <div className="house-style-logo">
            <img
              src={`data:${style.logo.mimeType};base64,${style.logo.data}`}
              alt={t('houseStyle.logoAlt', { name: style.logo.fileName })}
            />
            <span>
              {style.logo.fileName} ({style.logo.width} × {style.logo.height})
            </span>
            <button type="button" className="button" onClick={() => clearLogo.mutate({ workspaceId })}>
              {t('houseStyle.removeLogo')}
            </button>
          </div>
        ) : (
          <p>{t('houseStyle.noLogo')}</p>
        )}
        <div className="field">
          <label htmlFor="house-style-logo-file">{t('houseStyle.chooseLogo')}</label>
          <input
            id="house-style-logo-file"
            type="file"
            accept="image/png,image/jpeg"
            onChange={(event) =>
              void upload(
                event.target.files?.[0],
                (input) => setLogo.mutateAsync(input),
                setLogoError,
                t('houseStyle.logoSaved'),
              ).then(() => {
                event.target.value = '';
              })
            }
          />
        </div>
        {logoError ? (
          <p className="field-error" role="alert">
            {logoError}
          </p>
        ) : null}
      </section>
      <section aria-labelledby="house-style-reference-title">
        <h3 id="house-style-reference-title">{t('houseStyle.referenceDoc')}</h3>
        <p className="field-hint">{t('houseStyle.referenceHint')}</p>
        {style.referenceDoc ? (
          <div className="house-style-reference">
            <span>
              {t('houseStyle.referenceInUse', {
                name: style.referenceDoc.fileName,
                count: style.referenceDoc.styleCount,
              })}
            </span>
            <button type="button" className="button" onClick={() => clearReference.mutate({ workspaceId })}>
              {t('houseStyle.removeReference')}
            </button>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="house-style-reference-file">{t('houseStyle.chooseReference')}</label>
          <input
            id="house-style-reference-file"
            type="file"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(event) =>
              void upload(
                event.target.files?.[0],
                (input) => setReference.mutateAsync(input),
                setReferenceError,
                t('houseStyle.referenceSaved'),
              ).then(() => {
                event.target.value = '';
              })
            }
          />
        </div>
        {referenceError ? (
          <p className="field-error" role="alert">
            {referenceError}
          </p>
        ) : null}
      </section>
    </div>
  );
}
