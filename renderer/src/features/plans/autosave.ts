import type { StoredDocument } from '../../../../shared/document';

export type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; message: string };

export interface SaveFunction {
  (document: StoredDocument, expectedVersion: number): Promise<{ rowVersion: number; updatedAt: string }>;
}

export interface AutosaverOptions {
  save: SaveFunction;
  initialVersion: number;
  /** The document as loaded: reporting it back unchanged saves nothing. */
  initialDocument?: StoredDocument;
  onState(state: SaveState): void;
  /** Quiet time after the last change before saving. */
  delayMs?: number;
  isConflict(error: unknown): boolean;
}

/**
 * Debounced, strictly sequential saving of the latest document. Only one save is in flight; what
 * arrives meanwhile is saved next with the version the previous save returned. A conflict stops
 * saving until the user decides (reload theirs, or keep mine), so nothing is silently overwritten.
 */
export function createAutosaver(options: AutosaverOptions) {
  // Short: the editor already waits for a pause in typing before it reports a change.
  const delay = options.delayMs ?? 300;
  let version = options.initialVersion;
  let pending: StoredDocument | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | null = null;
  let blocked = false;
  // Editors may report a change without one (on blur, after normalising a loaded document).
  let lastSaved: string | null = options.initialDocument ? JSON.stringify(options.initialDocument) : null;

  async function run(): Promise<void> {
    while (pending && !blocked) {
      const document = pending;
      pending = null;
      const json = JSON.stringify(document);
      if (json === lastSaved) {
        if (!pending) options.onState({ kind: 'saved', at: null });
        continue;
      }
      options.onState({ kind: 'saving' });
      try {
        const result = await options.save(document, version);
        version = result.rowVersion;
        lastSaved = json;
        if (!pending) options.onState({ kind: 'saved', at: result.updatedAt });
      } catch (error) {
        // Keep the unsaved document: it is what "keep mine" or "retry" will save.
        pending = pending ?? document;
        const message = error instanceof Error ? error.message : String(error);
        if (options.isConflict(error)) {
          blocked = true;
          options.onState({ kind: 'conflict', message });
        } else {
          options.onState({ kind: 'error', message });
        }
        return;
      }
    }
  }

  function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!inFlight) {
      inFlight = run().finally(() => {
        inFlight = null;
      });
    }
    return inFlight;
  }

  return {
    change(document: StoredDocument) {
      pending = document;
      if (blocked) return;
      options.onState({ kind: 'pending' });
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush(), delay);
    },
    flush,
    /** After a change made elsewhere in this window (details, status) the version moved on. */
    setVersion(next: number) {
      version = next;
    },
    get version() {
      return version;
    },
    hasUnsaved() {
      return pending !== null || inFlight !== null;
    },
    /** Keep mine: save the unsaved document over the newer one, knowingly. */
    overwrite(currentVersion: number) {
      blocked = false;
      version = currentVersion;
      return flush();
    },
    /** Reload theirs: drop the unsaved document and continue from their version. */
    discard(currentVersion: number) {
      blocked = false;
      pending = null;
      version = currentVersion;
      options.onState({ kind: 'saved', at: null });
    },
    dispose() {
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}

export type Autosaver = ReturnType<typeof createAutosaver>;
