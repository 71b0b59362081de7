#!/usr/bin/env node
// The `cplan` command works straight after `npm ci`: tsx compiles our TypeScript on the fly,
// so the CLI needs no build step and always matches the sources.
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli/index.ts');
