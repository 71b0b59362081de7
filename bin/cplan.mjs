#!/usr/bin/env node
// The `cplan` command works straight after `npm ci`: tsx compiles our TypeScript on the fly,
// so the CLI needs no build step and always matches the sources.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// The path aliases live in the project's tsconfig, whatever folder cplan is started from.
register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
await import('../electron/cli/index.ts');
