import { homedir } from 'node:os';
import { join } from 'node:path';

const FOLDER = 'Contingency Planner';

/**
 * The same folder Electron's app.getPath('userData') gives, so that browser mode and the CLI
 * open the desktop app's database when no --data-dir is given.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.CPLAN_DATA_DIR) return env.CPLAN_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', FOLDER);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), FOLDER);
}
