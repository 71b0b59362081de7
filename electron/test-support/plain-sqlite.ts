import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * What the plain SQLite shell (`sqlite3`, no cipher) makes of a file: the tables it lists, or its
 * error. This is how anyone who finds the laptop would try to read the data.
 */
export function readWithPlainSqlite(file: string): { ok: boolean; output: string } {
  const run = spawnSync('sqlite3', ['-readonly', file, 'SELECT name FROM sqlite_master;'], { encoding: 'utf8' });
  if (run.error)
    throw new Error(`The sqlite3 shell is needed for this test (apt-get install sqlite3): ${run.error.message}`);
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

/** The same through Python's own sqlite3 module, a second independent reader. */
export function readWithPython(file: string): { ok: boolean; output: string } {
  const script =
    'import sqlite3, sys\n' +
    "db = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True)\n" +
    "print(db.execute('SELECT name FROM sqlite_master').fetchall())\n";
  const run = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
  if (run.error) throw new Error(`python3 is needed for this test: ${run.error.message}`);
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

/** Whether a text appears in the file's bytes (UTF-8, as SQLite stores text here). */
export function fileContains(file: string, text: string): boolean {
  return readFileSync(file).includes(Buffer.from(text, 'utf8'));
}
