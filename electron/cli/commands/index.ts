import type { CliCommand } from '#electron/cli/command';
import { databaseCommands } from './database';
import { workspaceCommands } from './workspaces';
import { planCommands } from './plans';
import { riskCommands } from './risks';
import { exportCommands } from './export';
import { templateCommands } from './templates';

/** Every CLI command; each domain adds its list here. */
export const commands: CliCommand[] = [
  ...workspaceCommands,
  ...databaseCommands,
  ...planCommands,
  ...riskCommands,
  ...exportCommands,
  ...templateCommands,
];
