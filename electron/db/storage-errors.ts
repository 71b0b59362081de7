import { ApiFailure } from '#shared/contract/errors';

/**
 * SQLite's "the disk or another program is in the way" errors as stable API codes with messages
 * an officer can act on. A failed statement or transaction is rolled back by SQLite, so in each
 * case what was stored before is still there.
 */
export function storageFailure(error: unknown): ApiFailure | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (code.startsWith('SQLITE_BUSY')) {
    return new ApiFailure(
      'DATABASE_BUSY',
      'The database is busy: another program is writing to it (for example a long command-line import). ' +
        'Nothing was lost; try again in a moment.',
    );
  }
  if (code === 'SQLITE_FULL') {
    return new ApiFailure('DISK_FULL', 'The disk is full: nothing was lost; free space and try again.');
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new ApiFailure(
      'IO_ERROR',
      'The database file could not be read or written (a disk or file-system error). Nothing was lost; ' +
        'check the disk (and that it is still connected) and try again.',
      { sqlite: code },
    );
  }
  return undefined;
}

/** The error as an ApiFailure when it is one of those, otherwise unchanged. */
export function translateStorageError(error: unknown): unknown {
  return storageFailure(error) ?? error;
}
