import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecurityStatus } from '#shared/contract/security';
import { useApi } from '#renderer/api/ApiProvider';
import { RecoveryScreen } from '#renderer/features/security/RecoveryScreen';
import { SetupScreen } from '#renderer/features/security/SetupScreen';
import { UnlockScreen } from '#renderer/features/security/UnlockScreen';
import { flushAllUnsaved } from './unsaved-work';

/** Activity is reported at most this often; the server locks after the idle minutes without any. */
const ACTIVITY_REPORT_MS = 30_000;
/** Unsaved work is saved this long before the server would lock. */
const FLUSH_BEFORE_LOCK_MS = 20_000;

/**
 * Nothing of the data shows before the database is unlocked: the gate asks the server where it
 * stands and shows the first-run, unlock or recovery screen until it is unlocked. After a lock
 * (idle, "Lock now", any call answering LOCKED) the app stays mounted but hidden and inert behind
 * the unlock screen, so that an editor's unsaved changes survive; they are saved as soon as the
 * database is unlocked again.
 */
export function SecurityGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<SecurityStatus | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [everUnlocked, setEverUnlocked] = useState(false);

  const wasUnlocked = useRef(false);
  const apply = useCallback(
    (next: SecurityStatus) => {
      setStatus(next);
      const unlockedNow = next.state === 'unlocked';
      if (unlockedNow && !wasUnlocked.current) {
        setEverUnlocked(true);
        // Back from a lock: what was shown is refetched, and what could not be saved is saved now.
        void queryClient.invalidateQueries();
        void flushAllUnsaved();
      }
      wasUnlocked.current = unlockedNow;
    },
    [queryClient],
  );
  const refresh = useCallback(
    () => api.call('security.status', {}).then(apply, (error: unknown) => setFailure((error as Error).message)),
    [api, apply],
  );

  useEffect(() => void refresh(), [refresh]);
  useEffect(() => api.on('security.changed', () => void refresh()), [api, refresh]);
  useEffect(
    () =>
      api.onFailure((error) => {
        if (error.code === 'LOCKED') void refresh();
      }),
    [api, refresh],
  );

  const unlocked = status?.state === 'unlocked';
  useIdleActivity(unlocked && status.encrypted ? status.idleLockMinutes : null);

  const onChanged = apply;
  let screen: ReactNode = null;
  if (failure && !status) screen = <p role="alert">{failure}</p>;
  else if (!status) screen = <p className="loading">{t('app.loading')}</p>;
  else if (status.state === 'setup') screen = <SetupScreen status={status} onChanged={onChanged} />;
  else if (status.state === 'locked') screen = <UnlockScreen status={status} onChanged={onChanged} />;
  else if (status.state === 'damaged' || status.state === 'unavailable')
    screen = <RecoveryScreen status={status} onChanged={onChanged} />;

  return (
    <>
      {screen}
      {everUnlocked ? (
        <div hidden={!unlocked} inert={!unlocked} className="gated" data-testid="unlocked-app">
          {children}
        </div>
      ) : null}
    </>
  );
}

/**
 * Reports the officer's activity (keys, pointer, wheel) to the server, which locks after the idle
 * minutes; shortly before that, whatever is unsaved is saved.
 */
function useIdleActivity(idleMinutes: number | null) {
  const api = useApi();
  useEffect(() => {
    if (idleMinutes === null) return;
    let lastReport = 0;
    let flushTimer: ReturnType<typeof setTimeout> | undefined;
    const scheduleFlush = () => {
      if (flushTimer) clearTimeout(flushTimer);
      flushTimer = setTimeout(() => void flushAllUnsaved(), Math.max(0, idleMinutes * 60_000 - FLUSH_BEFORE_LOCK_MS));
    };
    const onActivity = () => {
      scheduleFlush();
      const now = Date.now();
      if (now - lastReport < ACTIVITY_REPORT_MS) return;
      lastReport = now;
      void api.call('security.activity', {}).catch(() => undefined);
    };
    const events = ['keydown', 'pointerdown', 'wheel'] as const;
    for (const event of events) window.addEventListener(event, onActivity, { passive: true });
    scheduleFlush();
    return () => {
      if (flushTimer) clearTimeout(flushTimer);
      for (const event of events) window.removeEventListener(event, onActivity);
    };
  }, [api, idleMinutes]);
}
