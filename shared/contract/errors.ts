import { z } from 'zod';

/**
 * Stable error codes. Clients branch on these, so never rename one; add new ones instead.
 */
export const ERROR_CODES = [
  'UNKNOWN_METHOD',
  'INVALID_INPUT',
  'INVALID_JSON',
  'UNAUTHORIZED',
  'FORBIDDEN_ORIGIN',
  'PAYLOAD_TOO_LARGE',
  'NOT_FOUND',
  'CONFLICT',
  'DATABASE_NEWER_THAN_APP',
  'DATABASE_CORRUPT',
  'MIGRATION_FAILED',
  /** The database is encrypted and not unlocked: only app.* and security.* methods answer. */
  'LOCKED',
  'WRONG_PASSPHRASE',
  /** Another program holds the database's write lock for longer than we wait. */
  'DATABASE_BUSY',
  'DISK_FULL',
  'IO_ERROR',
  /** A backup or an encrypted copy that cannot be restored (damaged, truncated, another key, not ours). */
  'BACKUP_UNUSABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const apiErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  details: z.unknown().optional(),
});

export type ApiError = z.infer<typeof apiErrorSchema>;

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown by services and the dispatcher; turned into an error envelope at the boundary. */
export class ApiFailure extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiFailure';
    this.code = code;
    this.details = details;
  }

  toApiError(): ApiError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}
