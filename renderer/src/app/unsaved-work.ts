/**
 * Everything in this window that holds unsaved changes (the plan editors' autosavers) registers its
 * flush here, so that the security gate can save before the database locks and retry what a lock
 * interrupted as soon as it is unlocked again: a save that meets LOCKED is kept, never dropped.
 */
const flushes = new Set<() => Promise<void>>();

export function registerUnsavedWork(flush: () => Promise<void>): () => void {
  flushes.add(flush);
  return () => flushes.delete(flush);
}

/** Saves everything pending now (each failure stays pending in its own editor). */
export async function flushAllUnsaved(): Promise<void> {
  await Promise.allSettled([...flushes].map((flush) => flush()));
}
