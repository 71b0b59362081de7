import type { Api, AppInfo } from '#shared/contract';

export interface AppIdentity {
  name: string;
  version: string;
  dataDir: string;
  databaseFile: string;
  schemaVersion: number;
  transport: AppInfo['transport'];
}

export function createAppService({ identity }: { identity: AppIdentity }): Pick<Api, 'app.info'> {
  return { 'app.info': () => ({ ...identity }) };
}
