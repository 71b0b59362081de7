import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The frame of the screens shown before any data: setup, unlock, recovery. */
export function GateFrame({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <main className="gate" aria-labelledby="gate-title" data-testid="gate-screen">
      <div className="gate-card">
        <div className="brand brand-on-light">
          <span className="brand-mark" aria-hidden="true">
            CP
          </span>
          <span className="brand-name">{t('app.name')}</span>
        </div>
        <h1 id="gate-title">{title}</h1>
        {children}
      </div>
    </main>
  );
}
