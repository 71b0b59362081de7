import type { Workspace } from '#shared/contract';
import { call } from '#electron/cli/call';
import { UsageError, type CliCommand, type CliContext } from '#electron/cli/command';
import { formatJson, formatTable } from '#electron/cli/format';

/** A workspace named on the command line by id or by name (case-insensitive). */
export async function resolveWorkspace(context: CliContext, reference: string | undefined): Promise<Workspace> {
  const all = await call(context, 'workspaces.list', {});
  if (reference === undefined) {
    if (all.length === 1) return all[0]!;
    throw new UsageError(
      `Name the workspace with --workspace (one of: ${all.map((workspace) => `"${workspace.name}"`).join(', ') || 'none yet'}).`,
    );
  }
  const wanted = reference.toLowerCase();
  const found = all.find((workspace) => workspace.id === reference || workspace.name.toLowerCase() === wanted);
  if (!found) throw new UsageError(`No workspace is called "${reference}".`);
  return found;
}

export const workspaceCommands: CliCommand[] = [
  {
    path: ['workspaces', 'list'],
    usage: 'cplan workspaces list [--format json]',
    summary: 'List the workspaces (missions and institutions).',
    async run(context) {
      const workspaces = await call(context, 'workspaces.list', {});
      context.out(
        context.format === 'json'
          ? formatJson(workspaces)
          : formatTable(workspaces, [
              ['name', 'Name'],
              ['kind', 'Kind'],
              ['marking', 'Marking'],
              ['siteCount', 'Sites'],
              ['isSample', 'Sample'],
              ['id', 'Id'],
            ]),
      );
    },
  },
  {
    path: ['sites', 'list'],
    usage: 'cplan sites list [--workspace NAME|ID] [--format json]',
    summary: 'List the sites of a workspace.',
    options: {
      workspace: { type: 'string', short: 'w', description: 'workspace name or id (needed when there are several)' },
    },
    async run(context, options) {
      const workspace = await resolveWorkspace(context, options.workspace as string | undefined);
      const sites = await call(context, 'sites.list', { workspaceId: workspace.id });
      context.out(
        context.format === 'json'
          ? formatJson(sites)
          : formatTable(sites, [
              ['name', 'Name'],
              ['kind', 'Kind'],
              ['address', 'Address'],
              ['id', 'Id'],
            ]),
      );
    },
  },
];
