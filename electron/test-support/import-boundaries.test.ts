import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
// The files linted here exist only in memory, so no TypeScript project holds them: lint without types.
const eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('import boundaries (docs/ARCHITECTURE.md, frozen migrations), enforced by lint', () => {
  const forbidden: Array<[file: string, code: string]> = [
    ['shared/domain/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['shared/domain/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['shared/domain/x.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['shared/domain/x.ts', "import { $getRoot } from 'lexical';\nexport const x = $getRoot;\n"],
    ['electron/services/x/y.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['electron/db/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['renderer/src/features/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    [
      'renderer/src/features/x.ts',
      "import { openBackend } from '../../../electron/services/backend';\nexport const x = openBackend;\n",
    ],
    [
      'renderer/src/features/x.ts',
      "import { openBackend } from '#electron/services/backend';\nexport const x = openBackend;\n",
    ],
    ['shared/domain/x.ts', "import { useApi } from '#renderer/api/client';\nexport const x = useApi;\n"],
    ['electron/services/x/y.ts', "import { App } from '#renderer/App';\nexport const x = App;\n"],
    // The product bundle carries no test fixture, by alias, relative path or folder.
    [
      'renderer/src/features/x.tsx',
      "import { everyNodeDocument } from '#shared/export/fixture-documents';\nexport const x = everyNodeDocument;\n",
    ],
    [
      'renderer/src/features/x.ts',
      "import { sampleContext } from '#shared/generate/test-fixtures';\nexport const x = sampleContext;\n",
    ],
    [
      'renderer/src/features/x.ts',
      "import { FIXTURE_COVER } from '../../../shared/export/fixture-documents';\nexport const x = FIXTURE_COVER;\n",
    ],
    ['renderer/src/features/x.ts', "import { test } from '../../../e2e/fixtures/app';\nexport const x = test;\n"],
    [
      'electron/db/migrations/0990-x.ts',
      "import { documentParts } from '#shared/document/sections';\nexport const x = documentParts;\n",
    ],
    [
      'electron/db/migrations/0990-x.ts',
      "import { createPlanRepository } from '../repositories/plans';\nexport const x = createPlanRepository;\n",
    ],
  ];
  for (const [file, code] of forbidden) {
    it(`refuses ${code.split('\n')[0]} in ${file}`, async () => {
      expect(await boundaryErrors(file, code)).not.toEqual([]);
    });
  }

  it('allows what each folder may use', async () => {
    expect(await boundaryErrors('shared/domain/x.ts', "import { z } from 'zod';\nexport const x = z;\n")).toEqual([]);
    expect(
      await boundaryErrors('electron/main/x.ts', "import { app } from 'electron';\nexport const x = app;\n"),
    ).toEqual([]);
    expect(
      await boundaryErrors('electron/services/x.ts', "import { join } from 'node:path';\nexport const x = join;\n"),
    ).toEqual([]);
    expect(
      await boundaryErrors(
        'renderer/src/features/x.ts',
        "import { exportDocx } from '#shared/export/document';\nexport const x = exportDocx;\n",
      ),
    ).toEqual([]);
    // Tests beside renderer code may use fixtures.
    expect(
      await boundaryErrors(
        'renderer/src/editor/x.test.ts',
        "import { everyNodeDocument } from '#shared/export/fixture-documents';\nexport const x = everyNodeDocument;\n",
      ),
    ).toEqual([]);
    expect(
      await boundaryErrors(
        'electron/db/migrations/0990-x.ts',
        "import type { Migration } from '#electron/db/migration';\nexport const x: Migration[] = [];\n",
      ),
    ).toEqual([]);
  });
});
