import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '#renderer/api/ApiProvider';
import { Modal } from '#renderer/components/Modal';
import { AboutInstallation } from './AboutInstallation';

/** Opened by Help > About in the desktop menu. */
export function AboutDialog() {
  const { t } = useTranslation();
  const api = useApi();
  const [open, setOpen] = useState(false);
  useEffect(() => api.on('app.about', () => setOpen(true)), [api]);
  return (
    <Modal open={open} onOpenChange={setOpen} title={t('app.name')} description={t('app.tagline')}>
      {open ? <AboutInstallation /> : null}
    </Modal>
  );
}
