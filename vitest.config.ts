import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Path aliases (#shared/, #electron/, #renderer/) come from tsconfig.base.json, as for tsc and tsx.
  resolve: { tsconfigPaths: true },
  test: {
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/src/**/*.test.{ts,tsx}',
      'templates/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
