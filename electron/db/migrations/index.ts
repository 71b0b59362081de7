import type { Migration } from '../migration';
import { migration0010 } from './0010-workspaces';
import { migration0020 } from './0020-sites';

/** Every migration, in order. Append new ones; never edit one that has shipped. */
export const migrations: readonly Migration[] = [migration0010, migration0020];

export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1]?.version ?? 0;
