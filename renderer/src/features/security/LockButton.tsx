import { useTranslation } from 'react-i18next';
import { useApi, useApiQuery } from '#renderer/api/ApiProvider';
import { flushAllUnsaved } from '#renderer/app/unsaved-work';

/** "Lock now" in the top bar of an encrypted database: saves what is pending, then drops the key. */
export function LockButton() {
  const { t } = useTranslation();
  const api = useApi();
  const status = useApiQuery('security.status', {});
  if (!status.data?.encrypted) return null;
  return (
    <button
      type="button"
      className="button button-on-dark topbar-lock"
      onClick={() => void flushAllUnsaved().then(() => api.call('security.lock', {}))}
    >
      {t('security.lockNow')}
    </button>
  );
}
