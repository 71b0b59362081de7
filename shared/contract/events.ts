import { z } from 'zod';

/** Server-to-client notifications. Payloads are small: clients refetch what they show. */
export const eventSchemas = {
  'data.changed': z.object({ entity: z.string(), workspaceId: z.string().nullable() }),
  /** Sent by the desktop Help menu. */
  'app.about': z.object({}),
} as const;

export type EventName = keyof typeof eventSchemas;
export type EventPayload<E extends EventName> = z.infer<(typeof eventSchemas)[E]>;
