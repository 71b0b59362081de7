import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/ApiProvider';
import { createDefaultApiClient } from './api/client';
import { AppShell } from './app/AppShell';
import { SecurityGate } from './app/SecurityGate';
import { NoticeProvider } from './components/Notices';
import { initI18n } from './i18n';
import './styles.css';

initI18n();
const client = createDefaultApiClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiProvider client={client}>
      <NoticeProvider>
        <SecurityGate>
          <AppShell />
        </SecurityGate>
      </NoticeProvider>
    </ApiProvider>
  </StrictMode>,
);
