import { useCallback, useEffect, useRef, useState } from 'react';
import type { Plan } from '#shared/contract';
import type { StoredDocument } from '#shared/document';
import { ApiCallError } from '#renderer/api/client';
import { useApi } from '#renderer/api/ApiProvider';
import { registerUnsavedWork } from '#renderer/app/unsaved-work';
import { createAutosaver, type Autosaver, type SaveState } from './autosave';

/** Failures that pass by themselves: the save is tried again, waiting longer each time (up to a minute). */
const TRANSIENT = new Set(['DATABASE_BUSY', 'DISK_FULL', 'IO_ERROR']);

/**
 * Loads a plan once and autosaves its document. The document handed to the editor changes only on
 * a load or an explicit reload, never because a save elsewhere refreshed the caches: the editor
 * keeps the cursor, and a change made in another window surfaces as a conflict instead.
 */
export function usePlanEditing(planId: string) {
  const api = useApi();
  const [plan, setPlan] = useState<Plan | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', at: null });
  const autosaver = useRef<Autosaver | null>(null);

  const apply = useCallback(
    (loaded: Plan) => {
      autosaver.current?.discard(loaded.rowVersion);
      autosaver.current?.dispose();
      autosaver.current = createAutosaver({
        initialVersion: loaded.rowVersion,
        initialDocument: loaded.document,
        save: (changes, expectedVersion) => api.call('plans.saveSections', { id: planId, expectedVersion, ...changes }),
        onState: setSaveState,
        isConflict: (error) => error instanceof ApiCallError && error.code === 'CONFLICT',
        retryDelayMs: (error, attempt) =>
          error instanceof ApiCallError && TRANSIENT.has(error.code) ? Math.min(60_000, 2000 * 2 ** attempt) : null,
      });
      setSaveState({ kind: 'saved', at: loaded.updatedAt });
      setPlan(loaded);
      setLoadError(null);
    },
    [api, planId],
  );
  const fail = useCallback((error: unknown) => setLoadError((error as Error).message), []);

  const load = useCallback(() => api.call('plans.get', { id: planId }).then(apply, fail), [api, planId, apply, fail]);

  useEffect(() => {
    let current = true;
    api.call('plans.get', { id: planId }).then(
      (loaded) => current && apply(loaded),
      (error: unknown) => current && fail(error),
    );
    return () => {
      current = false;
    };
  }, [api, planId, apply, fail]);

  // Before the database locks, and once it is unlocked again, whatever is pending is saved.
  useEffect(() => registerUnsavedWork(async () => autosaver.current?.flush()), []);

  // Leaving the screen (or the window) saves what is pending.
  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (autosaver.current?.hasUnsaved()) {
        void autosaver.current.flush();
        event.preventDefault();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      void autosaver.current?.flush();
    };
  }, []);

  const onChange = useCallback((document: StoredDocument) => autosaver.current?.change(document), []);

  /** Keep mine: save my text over the newer version. */
  const keepMine = useCallback(async () => {
    const current = await api.call('plans.get', { id: planId });
    await autosaver.current?.overwrite(current.rowVersion);
  }, [api, planId]);

  /** Before a change to the plan's details or status: the unsaved text goes first. */
  const flush = useCallback(async () => {
    await autosaver.current?.flush();
    return autosaver.current?.version ?? plan?.rowVersion ?? 1;
  }, [plan]);

  const versionMoved = useCallback((rowVersion: number) => autosaver.current?.setVersion(rowVersion), []);

  return { plan, loadError, saveState, onChange, reload: load, keepMine, flush, versionMoved };
}
