import { describe, expect, it, vi } from 'vitest';
import { paragraph, storedDocument } from '../../../../shared/document';
import { createAutosaver, type SaveState } from './autosave';

const doc = (text: string) => storedDocument({ title: 'Plan', kind: 'contingency' }, [paragraph(text)]);

class Conflict extends Error {}

function setUp(save: (text: string, version: number) => Promise<{ rowVersion: number; updatedAt: string }>) {
  const states: SaveState['kind'][] = [];
  const autosaver = createAutosaver({
    save: (document, version) => save(JSON.stringify(document.content.root.children), version),
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
});
