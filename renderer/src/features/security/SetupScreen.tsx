import { useTranslation } from 'react-i18next';
import type { SecurityStatus } from '#shared/contract/security';
import { useApi } from '#renderer/api/ApiProvider';
import { ConfirmDialog } from '#renderer/components/ConfirmDialog';
import { GateFrame } from './GateFrame';
import { NewPassphraseForm } from './NewPassphraseForm';

/** The first-run question: a passphrase, or (not recommended) no encryption, which settings can undo. */
export function SetupScreen({ status, onChanged }: { status: SecurityStatus; onChanged(next: SecurityStatus): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const existing = status.databaseExists;
  return (
    <GateFrame title={existing ? t('security.setup.existingTitle') : t('security.setup.title')}>
      <p>{existing ? t('security.setup.existingBody') : t('security.setup.body')}</p>
      <p className="field-hint">{t('security.setup.forget')}</p>
      <NewPassphraseForm
        submitLabel={existing ? t('security.setup.encrypt') : t('security.setup.create')}
        busyLabel={t('security.setup.working')}
        onSubmit={async (passphrase) => onChanged(await api.call('security.setPassphrase', { passphrase }))}
      />
      <div className="gate-skip">
        <ConfirmDialog
          trigger={
            <button type="button" className="button button-link">
              {t('security.setup.skip')}
            </button>
          }
          title={t('security.setup.skipTitle')}
          body={t('security.setup.skipBody')}
          confirmLabel={t('security.setup.skipConfirm')}
          onConfirm={() => void api.call('security.continueWithoutEncryption', {}).then(onChanged)}
        />
      </div>
    </GateFrame>
  );
}
