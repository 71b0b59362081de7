import type { SectionEdit } from '#shared/contract/plans';
import type { BlockNode, StoredDocument } from '#shared/document';
import { headOf, sectionsOf } from '#shared/document/sections';
import { stableJson } from './stable-json';

export type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; message: string };

/** What a save sends: the head when it changed, and every section, new or kept by its stored index. */
export interface SectionsSave {
  head?: StoredDocument;
  sections: SectionEdit[];
}

export interface SaveFunction {
  (save: SectionsSave, expectedVersion: number): Promise<{ rowVersion: number; updatedAt: string }>;
}

/** The text a document's head and sections are compared by. */
interface Texts {
  head: string;
  sections: string[];
}

/** A document cut into sections, with the JSON of each. */
interface Cut extends Texts {
  document: StoredDocument;
  blocks: BlockNode[][];
}

function cut(document: StoredDocument): Cut {
  const blocks = sectionsOf(document.content.root.children);
  return { document, blocks, head: headOf(document), sections: blocks.map((section) => JSON.stringify(section)) };
}

/** The head without blocks: they travel as sections. */
function headDocument(document: StoredDocument): StoredDocument {
  return { ...document, content: { root: { ...document.content.root, children: [] } } };
}

/** The same cut as text that ignores key order (for comparing with a document as loaded). */
function stableTexts(cut: Cut): Texts {
  return { head: stableJson(headDocument(cut.document)), sections: cut.blocks.map(stableJson) };
}

function same(stored: Texts, next: Texts): boolean {
  return (
    stored.head === next.head &&
    stored.sections.length === next.sections.length &&
    stored.sections.every((json, index) => json === next.sections[index])
  );
}

/**
 * Sections equal to a stored one are sent as its index there, the others as blocks (the server
 * validates and writes only those). Without a known stored version, everything is sent.
 */
function request(stored: Texts | null, next: Cut, compared: Texts = next): SectionsSave {
  if (!stored) return { head: headDocument(next.document), sections: next.blocks.map((blocks) => ({ blocks })) };
  const indexes = new Map<string, number[]>();
  stored.sections.forEach((json, index) => {
    const found = indexes.get(json);
    if (found) found.push(index);
    else indexes.set(json, [index]);
  });
  const sections = compared.sections.map((json, index): SectionEdit => {
    const kept = indexes.get(json)?.shift();
    return kept === undefined ? { blocks: next.blocks[index]! } : { unchanged: kept };
  });
  return stored.head === compared.head ? { sections } : { head: headDocument(next.document), sections };
}

function isWhole(save: SectionsSave): boolean {
  return save.head !== undefined && save.sections.every((section) => 'blocks' in section);
}

export interface AutosaverOptions {
  save: SaveFunction;
  initialVersion: number;
  /** The document as loaded: reporting it back unchanged saves nothing; saves send what differs from it. */
  initialDocument?: StoredDocument;
  onState(state: SaveState): void;
  /** Quiet time after the last change before saving. */
  delayMs?: number;
  isConflict(error: unknown): boolean;
  /**
   * When to try a failed save again by itself (a busy database, a full disk), or null to wait for
   * the next change or an explicit flush (a locked database is flushed again once unlocked).
   */
  retryDelayMs?(error: unknown, attempt: number): number | null;
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
  let attempt = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  // What is stored, as this window last saved it (the editor's JSON). Null when unknown: after a
  // failed save or over theirs, the whole document goes.
  let saved: Texts | null = null;
  // Until the first save, the document as loaded. The editor writes keys in another order than
  // the stored form, so it is compared key order aside (once, lazily): editors report changes
  // without one (on blur, after normalising), and a first edit sends only its section.
  let loaded: { document: StoredDocument; texts?: Texts } | null = options.initialDocument
    ? { document: options.initialDocument }
    : null;

  /** The stored texts to compare with, and the next document's texts in the same form. */
  function comparison(next: Cut): { stored: Texts; compared: Texts } | null {
    if (saved) return { stored: saved, compared: next };
    if (!loaded) return null;
    loaded.texts ??= stableTexts(cut(loaded.document));
    return { stored: loaded.texts, compared: stableTexts(next) };
  }

  /**
   * Saves the changed sections. A save that keeps sections by index cannot be compared with what is
   * stored once the version is stale, so on a conflict it is sent whole once more: that is no
   * conflict when it matches what is stored (as after a save whose answer was lost).
   */
  async function save(next: Cut, against: { stored: Texts; compared: Texts } | null) {
    const changes = request(against?.stored ?? null, next, against?.compared);
    try {
      return await options.save(changes, version);
    } catch (error) {
      if (isWhole(changes) || !options.isConflict(error)) throw error;
      return options.save(request(null, next), version);
    }
  }

  async function run(): Promise<void> {
    while (pending && !blocked) {
      const document = pending;
      pending = null;
      const next = cut(document);
      const against = comparison(next);
      if (against && same(against.stored, against.compared)) {
        if (!pending) options.onState({ kind: 'saved', at: null });
        continue;
      }
      options.onState({ kind: 'saving' });
      try {
        const result = await save(next, against);
        version = result.rowVersion;
        attempt = 0;
        saved = { head: next.head, sections: next.sections };
        loaded = null;
        if (!pending) options.onState({ kind: 'saved', at: result.updatedAt });
      } catch (error) {
        // Keep the unsaved document: it is what "keep mine" or "retry" will save.
        pending = pending ?? document;
        // Whatever went wrong (a refused index would repeat forever), the next save sends it all.
        saved = null;
        loaded = null;
        const message = error instanceof Error ? error.message : String(error);
        if (options.isConflict(error)) {
          blocked = true;
          options.onState({ kind: 'conflict', message });
        } else {
          options.onState({ kind: 'error', message });
          const wait = options.retryDelayMs?.(error, attempt);
          attempt += 1;
          if (wait !== null && wait !== undefined) {
            if (retryTimer) clearTimeout(retryTimer);
            retryTimer = setTimeout(() => void flush(), wait);
          }
        }
        return;
      }
    }
  }

  function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    if (retryTimer) clearTimeout(retryTimer);
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
      // Their sections are not ours to refer to: the whole document goes.
      saved = null;
      loaded = null;
      return flush();
    },
    /** Reload theirs: drop the unsaved document and continue from their version. */
    discard(currentVersion: number) {
      blocked = false;
      pending = null;
      version = currentVersion;
      saved = null;
      loaded = null;
      options.onState({ kind: 'saved', at: null });
    },
    dispose() {
      if (timer) clearTimeout(timer);
      if (retryTimer) clearTimeout(retryTimer);
      timer = undefined;
    },
  };
}

export type Autosaver = ReturnType<typeof createAutosaver>;
