import { z } from 'zod';
import { SECURITY_STATES } from './security';

/** Server-to-client notifications. Payloads are small: clients refetch what they show. */
export const eventSchemas = {
  'data.changed': z.object({ entity: z.string(), workspaceId: z.string().nullable() }),
  /** The database was locked (idle, or "Lock now") or unlocked: clients show the unlock screen or the app. */
  'security.changed': z.object({
    state: z.enum(SECURITY_STATES),
    reason: z.enum(['idle', 'user', 'unlock', 'restore']),
  }),
  /** Sent by the desktop Help menu. */
  'app.about': z.object({}),
} as const;

export type EventName = keyof typeof eventSchemas;
export type EventPayload<E extends EventName> = z.infer<(typeof eventSchemas)[E]>;
