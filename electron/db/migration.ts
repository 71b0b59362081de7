import type { Database } from '#electron/db/sqlite';

export interface Migration {
  /** Multiples of 10, strictly increasing; stored in PRAGMA user_version once applied. */
  version: number;
  name: string;
  up(db: Database): void;
}
