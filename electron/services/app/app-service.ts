import type { Api, AppInfo } from '#shared/contract';

export type AppIdentity = AppInfo;

/** `identity` is read at each call: the schema version is known only while the database is open. */
export function createAppService({ identity }: { identity: () => AppIdentity }): Pick<Api, 'app.info'> {
  return { 'app.info': () => ({ ...identity() }) };
}
