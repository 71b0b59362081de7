import type { Migration } from '#electron/db/migration';
import { migration0010 } from './0010-workspaces';
import { migration0020 } from './0020-sites';
import { migration0030 } from './0030-risk-register';
import { migration0040 } from './0040-people-targets';
import { migration0100 } from './0100-template-versions';
import { migration0130 } from './0130-plans';
import { migration0140 } from './0140-search';
import { migration0150 } from './0150-search-scope';
import { migration0180 } from './0180-house-styles';
import { migration0190 } from './0190-plan-document-sections';

/** Every migration, in order. Append new ones; never edit one that has shipped. */
export const migrations: readonly Migration[] = [
  migration0010,
  migration0020,
  migration0030,
  migration0040,
  migration0100,
  migration0130,
  migration0140,
  migration0150,
  migration0180,
  migration0190,
];

export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1]?.version ?? 0;
