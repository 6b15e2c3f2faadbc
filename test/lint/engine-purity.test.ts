import { spawnSync } from 'node:child_process';
import path from 'node:path';

// The engine must stay free of Office, UI and Node so the add-in, the command line and the tests share it.
const root = path.join(__dirname, '../..');
const eslintBin = path.join(root, 'node_modules/eslint/bin/eslint.js');

function ruleIdsFor(file: string, code: string): string[] {
  const run = spawnSync(
    process.execPath,
    [eslintBin, '--stdin', '--stdin-filename', file, '--format', 'json'],
    {
      cwd: root,
      input: code,
      encoding: 'utf8',
    },
  );
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe('engine purity lint rule', () => {
  test.each([
    ['src/engine/probe.ts', "import fs from 'fs';\nexport const a = fs;\n", 'no-restricted-imports'],
    [
      'src/engine/probe.ts',
      "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n",
      'no-restricted-imports',
    ],
    ['src/engine/probe.ts', "import React from 'react';\nexport const a = React;\n", 'no-restricted-imports'],
    [
      'src/layout/probe.ts',
      "import { Button } from '@fluentui/react-components';\nexport const a = Button;\n",
      'no-restricted-imports',
    ],
    [
      'src/engine/probe.ts',
      'export const a = () => Excel.run(async () => undefined);\n',
      'no-restricted-globals',
    ],
    ['src/engine/probe.ts', 'export const a = Office.context;\n', 'no-restricted-globals'],
    [
      'src/engine/probe.ts',
      "import { vi } from '../i18n/vi';\nexport const a = vi;\n",
      'no-restricted-imports',
    ],
    ['src/app/probe.ts', "import fs from 'fs';\nexport const a = fs;\n", 'no-restricted-imports'],
  ])('%s rejects %j', (file, code, rule) => {
    expect(ruleIdsFor(file, code)).toContain(rule);
  });

  test('the same code is allowed in an adapter', () => {
    const ids = ruleIdsFor('src/cli/probe.ts', "import fs from 'fs';\nexport const a = fs;\n");
    expect(ids).not.toContain('no-restricted-imports');
    expect(ids).not.toContain('no-restricted-globals');
  });
});

describe('adapters reach check, plan and merge through src/app (issue 8)', () => {
  test.each([
    ['src/cli/probe.ts', "import { checkScores } from '../engine/check';\nexport const a = checkScores;\n"],
    ['src/excel/probe.ts', "import { buildPlan } from '../engine/plan';\nexport const a = buildPlan;\n"],
    ['src/taskpane/probe.ts', "import { mergePlan } from '../engine/merge';\nexport const a = mergePlan;\n"],
    ['src/web/probe.ts', "import { checkScores } from '../engine/check';\nexport const a = checkScores;\n"],
  ])('%s may not import the engine directly', (file, code) => {
    expect(ruleIdsFor(file, code)).toContain('@typescript-eslint/no-restricted-imports');
  });

  test('a type import and the application layer are allowed', () => {
    const code =
      "import type { PlanModel } from '../engine/plan';\nimport { checkTemplate } from '../app';\n" +
      'export const a = checkTemplate;\nexport type B = PlanModel;\n';
    expect(ruleIdsFor('src/cli/probe.ts', code)).not.toContain('@typescript-eslint/no-restricted-imports');
  });
});
