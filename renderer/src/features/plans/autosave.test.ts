import { describe, expect, it, vi } from 'vitest';
import { heading, paragraph, storedDocument, type BlockNode, type StoredDocument } from '#shared/document';
import { createAutosaver, type SaveState, type SectionsSave } from './autosave';

const doc = (text: string) => storedDocument({ title: 'Plan', kind: 'contingency' }, [paragraph(text)]);

class Conflict extends Error {}

function setUp(save: (text: string, version: number) => Promise<{ rowVersion: number; updatedAt: string }>) {
  const states: SaveState['kind'][] = [];
  const autosaver = createAutosaver({
    save: (changes, version) => save(JSON.stringify(changes.sections), version),
    initialVersion: 1,
    delayMs: 10,
    onState: (state) => states.push(state.kind),
    isConflict: (error) => error instanceof Conflict,
  });
  return { autosaver, states };
}

describe('autosave', () => {
  it('coalesces a burst of changes into one save of the latest document', async () => {
    const save = vi.fn(async (_text: string, version: number) => ({ rowVersion: version + 1, updatedAt: 'now' }));
    const { autosaver, states } = setUp(save);
    autosaver.change(doc('a'));
    autosaver.change(doc('ab'));
    autosaver.change(doc('abc'));
    await autosaver.flush();
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![0]).toContain('abc');
    expect(autosaver.version).toBe(2);
    expect(states.at(-1)).toBe('saved');
  });

  it('saves changes made during a save next, with the version that save returned', async () => {
    let release: () => void = () => undefined;
    const versions: number[] = [];
    const save = vi.fn(async (_text: string, version: number) => {
      versions.push(version);
      if (versions.length === 1) await new Promise<void>((resolve) => (release = resolve));
      return { rowVersion: version + 1, updatedAt: 'now' };
    });
    const { autosaver } = setUp(save);
    autosaver.change(doc('first'));
    const first = autosaver.flush();
    await Promise.resolve();
    autosaver.change(doc('second'));
    release();
    await first;
    await autosaver.flush();
    expect(versions).toEqual([1, 2]);
    expect(autosaver.hasUnsaved()).toBe(false);
  });

  it('stops on a conflict and keeps the unsaved text until the user decides', async () => {
    const save = vi.fn(async (text: string, version: number) => {
      if (version === 1) throw new Conflict('changed elsewhere');
      return { rowVersion: version + 1, updatedAt: 'now' };
    });
    const { autosaver, states } = setUp(save);
    autosaver.change(doc('mine'));
    await autosaver.flush();
    expect(states.at(-1)).toBe('conflict');
    autosaver.change(doc('mine, more'));
    await autosaver.flush();
    expect(save).toHaveBeenCalledTimes(1);
    await autosaver.overwrite(7);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1]).toEqual([expect.stringContaining('mine, more'), 7]);
    expect(states.at(-1)).toBe('saved');
  });

  describe('by section', () => {
    const plan = (title: string, ...sections: string[]) =>
      storedDocument(
        { title, kind: 'contingency' },
        sections.flatMap((name): BlockNode[] => [heading('h2', name), paragraph(`${name} text`)]),
      );

    function sectionSaver(save: (changes: SectionsSave, version: number) => Promise<{ rowVersion: number }>) {
      const sent: SectionsSave[] = [];
      const states: SaveState['kind'][] = [];
      const autosaver = createAutosaver({
        save: async (changes, version) => {
          sent.push(changes);
          return { ...(await save(changes, version)), updatedAt: 'now' };
        },
        initialVersion: 1,
        initialDocument: plan('Plan', 'A', 'B', 'C'),
        delayMs: 10,
        onState: (state) => states.push(state.kind),
        isConflict: (error) => error instanceof Conflict,
      });
      return { autosaver, sent, states };
    }
    const next = async (_changes: SectionsSave, version: number) => ({ rowVersion: version + 1 });

    it('sends only the sections that changed, the others by their stored index, and the head when it changed', async () => {
      const { autosaver, sent } = sectionSaver(next);
      const edited = plan('Plan', 'A', 'B', 'C');
      edited.content.root.children[3] = paragraph('B, edited');
      autosaver.change(edited);
      await autosaver.flush();
      expect(sent[0]).toEqual({
        sections: [{ unchanged: 0 }, { blocks: [heading('h2', 'B'), paragraph('B, edited')] }, { unchanged: 2 }],
      });

      // A new first section shifts nothing that is kept; a new title sends the head without blocks.
      autosaver.change({ ...plan('Renamed', 'New', 'A', 'C') });
      await autosaver.flush();
      expect(sent[1]!.sections).toEqual([
        { blocks: [heading('h2', 'New'), paragraph('New text')] },
        { unchanged: 0 },
        { unchanged: 2 },
      ]);
      expect(sent[1]!.head?.meta.title).toBe('Renamed');
      expect(sent[1]!.head?.content.root.children).toEqual([]);

      autosaver.change(plan('Renamed', 'New', 'A', 'C'));
      await autosaver.flush();
      expect(sent).toHaveLength(2);
    });

    it('resends a stale partial save whole once, which is no conflict when it matches what is stored', async () => {
      const { autosaver, sent, states } = sectionSaver(async (changes, version) => {
        if (version === 1 && changes.sections.some((section) => 'unchanged' in section)) throw new Conflict('stale');
        return { rowVersion: 2 };
      });
      autosaver.change(plan('Plan', 'A', 'B', 'D'));
      await autosaver.flush();
      expect(sent).toHaveLength(2);
      expect(sent[1]!.sections.every((section) => 'blocks' in section)).toBe(true);
      expect(sent[1]!.head).toBeDefined();
      expect(states.at(-1)).toBe('saved');
      expect(autosaver.version).toBe(2);
    });

    it('compares with the document as loaded key order aside: only an edit is sent, and only its section', async () => {
      const reversed = (value: unknown): unknown =>
        Array.isArray(value)
          ? value.map(reversed)
          : value !== null && typeof value === 'object'
            ? Object.fromEntries(
                Object.entries(value)
                  .reverse()
                  .map(([key, item]) => [key, reversed(item)]),
              )
            : value;
      const sent: SectionsSave[] = [];
      const autosaver = createAutosaver({
        save: async (changes, version) => {
          sent.push(changes);
          return { rowVersion: version + 1, updatedAt: 'now' };
        },
        initialVersion: 1,
        // As stored: the server writes keys in another order than the editor.
        initialDocument: reversed(plan('Plan', 'A', 'B', 'C')) as StoredDocument,
        delayMs: 10,
        onState: () => undefined,
        isConflict: () => false,
      });
      autosaver.change(plan('Plan', 'A', 'B', 'C'));
      await autosaver.flush();
      expect(sent).toEqual([]);
      autosaver.change(plan('Plan', 'A', 'B2', 'C'));
      await autosaver.flush();
      expect(sent).toEqual([
        { sections: [{ unchanged: 0 }, { blocks: [heading('h2', 'B2'), paragraph('B2 text')] }, { unchanged: 2 }] },
      ]);
    });

    it('sends the whole document after a failed save', async () => {
      let fail = true;
      const { autosaver, sent, states } = sectionSaver(async (changes, version) => {
        if (fail) throw new Error('disk full');
        return next(changes, version);
      });
      autosaver.change(plan('Plan', 'A', 'B', 'D'));
      await autosaver.flush();
      expect(states.at(-1)).toBe('error');
      fail = false;
      autosaver.change(plan('Plan', 'A', 'B', 'D'));
      await autosaver.flush();
      expect(states.at(-1)).toBe('saved');
      expect(sent.at(-1)!.head).toBeDefined();
      expect(sent.at(-1)!.sections.every((section) => 'blocks' in section)).toBe(true);
    });

    it('keeps mine by sending the whole document over their version, then only changes again', async () => {
      const { autosaver, sent, states } = sectionSaver(async (_changes, version) => {
        if (version === 1) throw new Conflict('changed elsewhere');
        return { rowVersion: version + 1 };
      });
      autosaver.change(plan('Plan', 'A', 'Mine', 'C'));
      await autosaver.flush();
      expect(states.at(-1)).toBe('conflict');
      await autosaver.overwrite(5);
      const mine = sent.at(-1)!;
      expect(mine.head?.meta.title).toBe('Plan');
      expect(mine.sections.map((section) => ('blocks' in section ? section.blocks[0] : section))).toEqual([
        heading('h2', 'A'),
        heading('h2', 'Mine'),
        heading('h2', 'C'),
      ]);
      expect(autosaver.version).toBe(6);
      autosaver.change(plan('Plan', 'A', 'Mine', 'C', 'D'));
      await autosaver.flush();
      expect(sent.at(-1)).toEqual({
        sections: [
          { unchanged: 0 },
          { unchanged: 1 },
          { unchanged: 2 },
          { blocks: [heading('h2', 'D'), paragraph('D text')] },
        ],
      });
    });
  });
});

describe('autosave when the database is busy, full or locked', () => {
  class Transient extends Error {}
  class Locked extends Error {}

  function withRetries(save: (text: string) => Promise<{ rowVersion: number; updatedAt: string }>) {
    const states: SaveState['kind'][] = [];
    const autosaver = createAutosaver({
      save: (changes) => save(JSON.stringify(changes.sections)),
      initialVersion: 1,
      delayMs: 10,
      onState: (state) => states.push(state.kind),
      isConflict: () => false,
      retryDelayMs: (error, attempt) => (error instanceof Transient ? 20 * (attempt + 1) : null),
    });
    return { autosaver, states };
  }

  it('tries a save that met a busy database again by itself, and keeps the text meanwhile', async () => {
    let calls = 0;
    const { autosaver, states } = withRetries(async (text) => {
      calls += 1;
      if (calls < 3) throw new Transient('busy');
      expect(text).toContain('kept');
      return { rowVersion: 2, updatedAt: 'now' };
    });
    autosaver.change(doc('kept'));
    await autosaver.flush();
    expect(states.at(-1)).toBe('error');
    expect(autosaver.hasUnsaved()).toBe(true);
    await vi.waitFor(() => expect(states.at(-1)).toBe('saved'));
    expect(calls).toBe(3);
    expect(autosaver.hasUnsaved()).toBe(false);
  });

  it('waits for the unlock after meeting a locked database, then saves on flush', async () => {
    let locked = true;
    const save = vi.fn(async () => {
      if (locked) throw new Locked('locked');
      return { rowVersion: 2, updatedAt: 'now' };
    });
    const { autosaver } = withRetries(save);
    autosaver.change(doc('kept through the lock'));
    await autosaver.flush();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(save).toHaveBeenCalledTimes(1);
    locked = false;
    await autosaver.flush();
    expect(save).toHaveBeenCalledTimes(2);
    expect(autosaver.hasUnsaved()).toBe(false);
  });
});
