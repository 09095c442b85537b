// Proves each room's lint rule fires: probe sources are linted in memory at a path inside the
// room, against the project's own eslint.config.ts. Type-aware rules are switched off (probe
// files are not on disk, so the project service cannot see them); the boundary rules need no types.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const BOUNDARY_RULES = new Set(['no-restricted-imports', 'no-restricted-syntax', 'import-x/no-restricted-paths', 'import-x/no-cycle']);

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: `${import.meta.dirname}/../..`, overrideConfig: [tseslint.configs.disableTypeChecked] });
});

/** The boundary messages ESLint gives `code` placed at `filePath`. */
async function boundaryProblems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const parsing = result?.messages.find((m) => m.ruleId === null);
  if (parsing) throw new Error(parsing.message);
  return (result?.messages ?? []).filter((m) => m.ruleId !== null && BOUNDARY_RULES.has(m.ruleId)).map((m) => `${m.ruleId ?? ''}: ${m.message}`);
}

describe('every room boundary is enforced by lint', () => {
  const broken: [string, string, string, RegExp][] = [
    ['a Node built-in in shared', 'src/shared/probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", /\[src\/shared → Node\]/],
    ['fs without the node: prefix in protocol', 'src/protocol/probe.ts', "import fs from 'fs';\nexport const x = fs;\n", /\[src\/protocol → Node\]/],
    ['fs/promises in the renderer', 'src/renderer/lib/probe.ts', "import { readFile } from 'fs/promises';\nexport const x = readFile;\n", /\[src\/renderer → Node\]/],
    ['better-sqlite3 in the renderer', 'src/renderer/lib/probe.ts', "import Database from 'better-sqlite3-multiple-ciphers';\nexport const x = Database;\n", /\[src\/renderer → Node-only package\]/],
    ['keytar in shared', 'src/shared/probe.ts', "import keytar from 'keytar';\nexport const x = keytar;\n", /\[src\/shared → Node-only package\]/],
    ['React in shared', 'src/shared/probe.ts', "import { useState } from 'react';\nexport const x = useState;\n", /\[src\/shared → React\]/],
    ['React in main', 'src/main/probe.ts', "import { useState } from 'react';\nexport const x = useState;\n", /\[src\/main → React\]/],
    ['shared importing protocol', 'src/shared/probe.ts', "import { WireCase } from '../protocol/entities.ts';\nexport const x = WireCase;\n", /\[shared → app code\]/],
    ['protocol importing main', 'src/protocol/probe.ts', "import { Store } from '../main/db/store.ts';\nexport const x = Store;\n", /\[protocol → app code\]/],
    ['a value import of main in the preload', 'src/preload/probe.ts', "import { Store } from '../main/db/store.ts';\nexport const x = Store;\n", /\[preload → value import\]/],
    ['a Node built-in in the preload', 'src/preload/probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", /\[preload → value import\]/],
    ['more of electron than the preload needs', 'src/preload/probe.ts', "import { shell } from 'electron';\nexport const x = shell;\n", /\[preload → electron\]/],
    ['window.atiende outside lib/bridge.ts', 'src/renderer/app/probe.ts', 'export const x = (window as unknown as { atiende: unknown }).atiende;\n', /\[renderer → window\.atiende\]/],
    ['window["atiende"] outside lib/bridge.ts', 'src/renderer/app/probe.ts', "export const x = (window as unknown as Record<string, unknown>)['atiende'];\n", /\[renderer → window\.atiende\]/],
    ['a deep import into another feature', 'src/renderer/features/templates/probe.ts', "import { insertIntoReply } from '../composer/replyInsertion.ts';\nexport const x = insertIntoReply;\n", /\[feature → feature\] Import features\/composer through its index\.ts/],
    ['a deep import into a feature from the app shell', 'src/renderer/app/probe.ts', "import { Composer } from '../features/composer/Composer.tsx';\nexport const x = Composer;\n", /\[feature → feature\]/],
    ['the renderer importing main', 'src/renderer/lib/probe.ts', "import { Store } from '../../main/db/store.ts';\nexport const x = Store;\n", /\[renderer → main\]/],
    ['the renderer importing the server', 'src/renderer/lib/probe.ts', "import { SandboxServer } from '../../server/server.ts';\nexport const x = SandboxServer;\n", /\[renderer → main\]/],
    ['the server importing main', 'src/server/probe.ts', "import { Store } from '../main/db/store.ts';\nexport const x = Store;\n", /\[server → console\]/],
    ['src/node importing the server', 'src/node/probe.ts', "import { SandboxServer } from '../server/server.ts';\nexport const x = SandboxServer;\n", /\[node → app code\]/],
    ['src/node importing main', 'src/node/probe.ts', "import { Store } from '../main/db/store.ts';\nexport const x = Store;\n", /\[node → app code\]/],
    ['main importing the server', 'src/main/sync/probe.ts', "import { SandboxServer } from '../../server/server.ts';\nexport const x = SandboxServer;\n", /\[main → server\]/],
    ['electron outside src/main/app', 'src/main/sync/probe.ts', "import { app } from 'electron';\nexport const x = app;\n", /\[main → electron\]/],
    ['main importing the renderer', 'src/main/app/probe.ts', "import { api } from '../../renderer/lib/bridge.ts';\nexport const x = api;\n", /\[main → renderer\]/],
    // domain.ts is imported (by value) by contact-reasons.ts: importing it back closes a cycle.
    ['a cycle between modules', 'src/shared/domain.ts', "import { contactReasonsFrom } from './contact-reasons.ts';\nexport const x = contactReasonsFrom;\n", /import-x\/no-cycle/],
  ];

  it.each(broken)('reports %s', async (_name, filePath, code, expected) => {
    const problems = await boundaryProblems(filePath, code);
    expect(problems.some((p) => expected.test(p)), problems.join('\n') || 'no boundary problem reported').toBe(true);
  });

  const allowed: [string, string, string][] = [
    ['the preload taking types, channel names and contextBridge', 'src/preload/probe.ts',
      "import { contextBridge, ipcRenderer } from 'electron';\nimport type { AppEvent } from '../shared/events.ts';\nimport { IPC_EVENT } from '../shared/ipc.ts';\nexport const x = [contextBridge, ipcRenderer, IPC_EVENT];\nexport type Y = AppEvent;\n"],
    ['main importing Node and shared', 'src/main/sync/probe.ts', "import { readFileSync } from 'node:fs';\nimport { CHANNELS } from '../../shared/domain.ts';\nexport const x = [readFileSync, CHANNELS];\n"],
    ['main importing src/node', 'src/main/probe.ts', "import { keepOutOfGit } from '../node/data-dir.ts';\nexport const x = keepOutOfGit;\n"],
    ['the server importing src/node', 'src/server/probe.ts', "import { keepOutOfGit } from '../node/data-dir.ts';\nexport const x = keepOutOfGit;\n"],
    ['src/node importing Node and shared', 'src/node/probe.ts', "import { readFileSync } from 'node:fs';\nimport { CHANNELS } from '../shared/domain.ts';\nexport const x = [readFileSync, CHANNELS];\n"],
    ['src/main/app importing electron', 'src/main/app/probe.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['the harness importing the server', 'src/main/harness/probe.ts', "import { SandboxServer } from '../../server/server.ts';\nexport const x = SandboxServer;\n"],
    ['a feature importing another through its index.ts', 'src/renderer/features/templates/probe.ts', "import { insertIntoReply } from '../composer/index.ts';\nexport const x = insertIntoReply;\n"],
    ['a feature importing its own files', 'src/renderer/features/composer/probe.ts', "import { insertIntoReply } from './replyInsertion.ts';\nexport const x = insertIntoReply;\n"],
    ['lib/bridge.ts touching window.atiende', 'src/renderer/lib/bridge.ts', 'export const x = (window as unknown as { atiende: unknown }).atiende;\n'],
    ['the renderer importing React and shared', 'src/renderer/lib/probe.ts', "import { useState } from 'react';\nimport { CHANNELS } from '../../shared/domain.ts';\nexport const x = [useState, CHANNELS];\n"],
  ];

  it.each(allowed)('allows %s', async (_name, filePath, code) => {
    expect(await boundaryProblems(filePath, code)).toEqual([]);
  });
});
