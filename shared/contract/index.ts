import type { z } from 'zod';
import { appMethods } from './app';
import { workspaceMethods } from './workspaces';
import { riskMethods } from './risks';
import { peopleMethods } from './people';
import { registerIoMethods } from './register-io';
import { planMethods, searchMethods } from './plans';
import { exportMethods } from './export';
import { templateMethods } from './templates';
import { securityMethods } from './security';
import { backupMethods } from './backups';

/** Every API method, by dotted name. Add a domain by spreading its method map here. */
export const contract = {
  ...appMethods,
  ...workspaceMethods,
  ...riskMethods,
  ...peopleMethods,
  ...registerIoMethods,
  ...planMethods,
  ...searchMethods,
  ...exportMethods,
  ...templateMethods,
  ...securityMethods,
  ...backupMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

/** What services implement: each method receives its validated input. */
export type Api = { [M in MethodName]: (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>> };

/** What clients call: inputs before defaults are applied, always async. */
export type ApiClient = { [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>> };

/** Methods that answer before the database is unlocked; every other one answers LOCKED until then. */
export function isSessionFreeMethod(name: MethodName): boolean {
  return name.startsWith('app.') || name.startsWith('security.');
}

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export * from './errors';
export * from './events';
export * from './app';
export * from './workspaces';
export * from './risks';
export * from './people';
export * from './register-io';
export * from './plans';
export * from './export';
export * from './templates';
export * from './preferences';
export * from './security';
export * from './backups';
