import { describe, expect, it } from 'vitest';
import { ApiFailure } from '#shared/contract/errors';
import { storageFailure, translateStorageError } from './storage-errors';

const sqliteError = (code: string) => Object.assign(new Error(code), { code });

describe('storage errors', () => {
  it('gives busy, full and I/O failures stable codes and messages an officer can act on', () => {
    expect(storageFailure(sqliteError('SQLITE_BUSY'))?.code).toBe('DATABASE_BUSY');
    expect(storageFailure(sqliteError('SQLITE_BUSY_SNAPSHOT'))?.message).toContain(
      'The database is busy: another program is writing',
    );
    expect(storageFailure(sqliteError('SQLITE_FULL'))?.message).toBe(
      'The disk is full: nothing was lost; free space and try again.',
    );
    const io = storageFailure(sqliteError('SQLITE_IOERR_WRITE'));
    expect(io?.code).toBe('IO_ERROR');
    expect(io?.details).toEqual({ sqlite: 'SQLITE_IOERR_WRITE' });
  });

  it('leaves every other error as it is', () => {
    const constraint = sqliteError('SQLITE_CONSTRAINT_UNIQUE');
    expect(storageFailure(constraint)).toBeUndefined();
    expect(translateStorageError(constraint)).toBe(constraint);
    expect(storageFailure(new Error('plain'))).toBeUndefined();
    expect(translateStorageError(sqliteError('SQLITE_FULL'))).toBeInstanceOf(ApiFailure);
  });
});
