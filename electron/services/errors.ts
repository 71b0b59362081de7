import { ApiFailure } from '#shared/contract/errors';

export function notFound(what: string, id: string): ApiFailure {
  return new ApiFailure('NOT_FOUND', `${what} ${id} does not exist (it may have been deleted).`, { id });
}

/** Maps SQLite constraint errors to a message about the user's data, not about SQL. */
export function translateConstraint(error: unknown, uniqueMessage: string): unknown {
  const code = (error as { code?: string }).code;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return new ApiFailure('CONFLICT', uniqueMessage);
  }
  return error;
}

/** Lets `??` end in a throw: `repo.get(id) ?? raise(notFound('Site', id))`. */
export function raise(error: unknown): never {
  throw error;
}
