// Page code (DOM), like main.tsx: .tsx keeps it out of tsconfig.node.json, which has no DOM types.
/**
 * Measures each keystroke from the moment the browser received it to the end of the frame that
 * shows its result, inside the page (see bench/README.md, "Keystroke latency").
 *
 * - `latency`: input event time stamp -> after the main thread has painted the first frame that
 *   follows the last event of the keystroke (keydown, keypress, beforeinput, input). This is what
 *   the user sees, minus the compositor's last few ms; it includes waiting for the display's next
 *   frame, which alone is 0-16.7 ms at 60 Hz, so even an empty page has a p99 near 17 ms.
 * - `frameWait`: the part of that spent idle, with the keystroke handled, waiting for the frame
 *   to begin (the rAF time stamp is the frame's begin time). No code can shorten it.
 * - `work = latency - frameWait`: input queueing + event handling + the frame's style, layout and
 *   paint, plus anything that made the frame start late. Under 16 ms, the keystroke shows in the
 *   next frame: this is what the goal applies to.
 */
export interface KeystrokeSample {
  latency: number;
  frameWait: number;
  work: number;
}

interface Pending {
  start: number;
  handled: number;
  frame: number;
  sample: KeystrokeSample | null;
}

const FOLLOW_UPS = ['keypress', 'beforeinput', 'input'] as const;

export function installKeystrokeProbe(): { samples(): KeystrokeSample[]; reset(): void } {
  let pending: Pending[] = [];
  let current: Pending | null = null;

  // Each event of the keystroke asks for the frame after it; the last one's frame is the measure.
  const awaitFrame = (keystroke: Pending) => {
    const frame = ++keystroke.frame;
    requestAnimationFrame((frameTime) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        if (frame !== keystroke.frame) return;
        const latency = performance.now() - keystroke.start;
        const frameWait = Math.max(0, frameTime - keystroke.handled);
        keystroke.sample = { latency, frameWait, work: latency - frameWait };
      };
      channel.port2.postMessage(null);
    });
  };
  // Capture on document: runs before the editor's own listeners.
  document.addEventListener(
    'keydown',
    (event) => {
      current = { start: event.timeStamp, handled: event.timeStamp, frame: 0, sample: null };
      pending.push(current);
      awaitFrame(current);
    },
    true,
  );
  for (const type of FOLLOW_UPS) {
    document.addEventListener(type, () => current && awaitFrame(current), true);
  }
  // When the keystroke has been handled: on window in the bubble phase, after the editor's own
  // listeners and the microtasks they queued, and, for events the editor stops (Lexical stops
  // `input`), when its DOM changes arrive (Lexical reconciles in a microtask).
  const handled = () => {
    if (current) current.handled = Math.max(current.handled, performance.now());
  };
  for (const type of ['keydown', ...FOLLOW_UPS]) window.addEventListener(type, handled);
  new MutationObserver(handled).observe(document, { subtree: true, childList: true, characterData: true });
  return {
    samples: () => pending.flatMap((keystroke) => (keystroke.sample ? [keystroke.sample] : [])),
    reset: () => {
      pending = [];
    },
  };
}
