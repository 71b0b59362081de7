/** ISO timestamps and ids, in one place so tests can reason about them. */
export function nowIso(): string {
  return new Date().toISOString();
}

export function newId(): string {
  return globalThis.crypto.randomUUID();
}
