import type { CliCommand } from '../command';
import { databaseCommands } from './database';
import { workspaceCommands } from './workspaces';

/** Every CLI command; each domain adds its list here. */
export const commands: CliCommand[] = [...workspaceCommands, ...databaseCommands];
