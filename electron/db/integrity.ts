import type { Database } from './sqlite';

export interface IntegrityResult {
  /** What is wrong beyond the search indexes (empty: the file is sound). */
  problems: string[];
  /** Search indexes that were damaged and have been rebuilt. */
  repaired: string[];
}

function ftsTables(db: Database): string[] {
  return db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
}

function integrityProblems(db: Database): string[] {
  const rows = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((row) => row.integrity_check);
  return rows.length === 1 && rows[0] === 'ok' ? [] : rows;
}

/** FTS5's own check, against the content table for external-content indexes (rank = 1). */
function ftsIsSound(db: Database, table: string): boolean {
  try {
    db.prepare(`INSERT INTO "${table}" ("${table}", rank) VALUES ('integrity-check', 1)`).run();
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks the whole file, and repairs what only concerns the search indexes: they hold nothing that
 * is not in the plans and risks, so a damaged index is rebuilt from them instead of the file being
 * refused. The rebuild runs in one transaction and is kept only if the file then passes its check;
 * otherwise it is rolled back and the file stays exactly as it was. Without `repair`, only SQLite's
 * own check runs and nothing is written.
 */
export function checkIntegrity(db: Database, options: { repair: boolean } = { repair: true }): IntegrityResult {
  const problems = integrityProblems(db);
  // A read-only check (of a backup) cannot run FTS5's own check, which is written as an INSERT.
  if (!options.repair) return { problems, repaired: [] };
  const tables = ftsTables(db);
  const damagedIndexes = tables.filter((table) => !ftsIsSound(db, table));
  if (problems.length === 0 && damagedIndexes.length === 0) return { problems: [], repaired: [] };

  const toRebuild = problems.length ? tables : damagedIndexes;
  let repaired: string[] = [];
  try {
    db.transaction(() => {
      for (const table of toRebuild) db.prepare(`INSERT INTO "${table}" ("${table}") VALUES ('rebuild')`).run();
      if (integrityProblems(db).length || toRebuild.some((table) => !ftsIsSound(db, table))) {
        throw new Error('still damaged');
      }
      repaired = toRebuild;
    })();
  } catch {
    return {
      problems: problems.length ? problems : damagedIndexes.map((table) => `search index ${table} damaged`),
      repaired: [],
    };
  }
  return { problems: [], repaired };
}
