// The import boundaries in eslint.config.js catch what they claim to: each breach below fails
// `npm run lint`, and the allowed forms pass. Files are linted as if they sat at these paths.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '..') });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('the import boundaries', () => {
  it('a renderer file importing the engine fails, even for types', async () => {
    expect(await boundaryErrors('renderer/heap/Breach.ts', "import { runProgram } from '../../electron/engine/index';\nvoid runProgram;\n")).toHaveLength(1);
    expect(await boundaryErrors('renderer/heap/Breach.ts', "import type { Snapshot } from '../../electron/engine/trace/model';\nexport type S = Snapshot;\n")).toHaveLength(1);
  });

  it('a renderer file may import types, and only types, from electron/api.ts', async () => {
    expect(await boundaryErrors('renderer/heap/Fine.ts', "import type { Snapshot } from '../../electron/api';\nexport type S = Snapshot;\n")).toEqual([]);
    expect(await boundaryErrors('renderer/heap/Breach.ts', "import { channels } from '../../electron/api';\nvoid channels;\n")).toHaveLength(1);
  });

  it('the engine imports no Electron, PixiJS, node: module or service', async () => {
    for (const source of ['electron', 'pixi.js', 'node:fs', '../ipc/services', '../../renderer/heap/model']) {
      expect(await boundaryErrors('electron/engine/runtime/Breach.ts', `import { x } from '${source}';\nvoid x;\n`), source).toHaveLength(1);
    }
  });

  it('a service imports no Electron', async () => {
    expect(await boundaryErrors('electron/classroom/Breach.ts', "import { app } from 'electron';\nvoid app;\n")).toHaveLength(1);
    expect(await boundaryErrors('electron/main.ts', "import { app } from 'electron';\nvoid app;\n")).toEqual([]);
  });
});
