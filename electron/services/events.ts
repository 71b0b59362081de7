import type { EventName, EventPayload } from '#shared/contract/events';

type Listener = (event: EventName, payload: unknown) => void;

/** Fan-out of server events to whichever transports are attached (IPC windows, SSE clients). */
export function createEventBus() {
  const listeners = new Set<Listener>();
  return {
    emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
      for (const listener of listeners) listener(event, payload);
    },
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type EventBus = ReturnType<typeof createEventBus>;
