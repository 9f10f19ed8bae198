// The checker on hostile level folders: a program reaching for the OS is refused by the engine
// before python3 sees it; if an engine ever let one through, CPython's sandbox stops it (no
// process, no file written, CPU, memory and output capped); a YAML alias bomb is a broken file,
// not a crash; and `levels check DIR` reads DIR from where the command was typed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openServices } from '../../ipc/services';
import { loadCatalog } from '../catalog';
import { checkLevels } from './check';
import { engineRefusal } from './engine-first';

const scratch: string[] = [];
afterEach(async () => {
  for (const dir of scratch.splice(0)) await rm(dir, { recursive: true, force: true });
});

const WORLD = 'id: w\ntitle: W\norder: 1\ndescription: A world.\n';

function levelYaml(id: string, code: string, questions = '  - { kind: output, line: 1 }'): string {
  const block = code.replace(/\n$/, '').split('\n').map((l) => `  ${l}`).join('\n');
  return [`id: ${id}`, `title: Level ${id}`, 'concepts: [test]', 'difficulty: 1', 'intro: Try it.', `code: |\n${block}`, `questions:\n${questions}`, 'hints: ["One.", "Two."]', 'explain: Because.'].join('\n') + '\n';
}

async function levelsDir(files: Record<string, string>): Promise<{ root: string; levels: string }> {
  const root = await mkdtemp(path.join(tmpdir(), 'refquest-sandbox-'));
  scratch.push(root);
  const levels = path.join(root, 'levels');
  await mkdir(path.join(levels, 'w'), { recursive: true });
  await writeFile(path.join(levels, 'w', 'world.yaml'), WORLD);
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(levels, 'w', name), text);
  return { root, levels };
}

const texts = (report: Awaited<ReturnType<typeof checkLevels>>) => report.problems.map((p) => p.text);
/** An engine that accepts everything and prints nothing: what if the first wall fell? */
const permissiveEngine = () => ({ stdout: '', stderr: '', exitCode: 0 });
const FAST = { cpuSeconds: 1, wallSeconds: 5, memoryBytes: 512 * 1024 * 1024, outputBytes: 64 * 1024 };

describe('the checker and untrusted level programs', () => {
  it('the engine refuses os, open and __import__ first: python3 never runs them', async () => {
    const { root, levels } = await levelsDir({});
    const marker = (name: string) => path.join(root, name);
    await writeFile(path.join(levels, 'w', '01-os.yaml'), levelYaml('os', `import os\nos.system('touch ${marker('a')}')\n`));
    await writeFile(path.join(levels, 'w', '02-import.yaml'), levelYaml('imp', `__import__('os').system('touch ${marker('b')}')\n`));
    await writeFile(path.join(levels, 'w', '03-open.yaml'), levelYaml('open', `open('${marker('c')}', 'w').write('x')\n`));
    const report = await checkLevels(levels, { rules: false });
    expect(texts(report)).toEqual([
      expect.stringMatching(/^levels\/w\/01-os\.yaml: code: the engine cannot run it \(so CPython is not asked\): unsupported: import of module 'os'/),
      "levels/w/02-import.yaml: code: the engine cannot run it (so CPython is not asked): unsupported: the builtin '__import__' (the simulator does not provide it) at line 1",
      "levels/w/03-open.yaml: code: the engine cannot run it (so CPython is not asked): unsupported: the builtin 'open' (the simulator does not provide it) at line 1",
    ]);
    expect([existsSync(marker('a')), existsSync(marker('b')), existsSync(marker('c'))]).toEqual([false, false, false]);
  }, 60_000);

  it('a program failing only for a builtin CPython has (an engine that answers NameError) is not given to CPython', () => {
    const builtins = new Set(['open', 'print']);
    const failed = (name: string) => ({ stdout: '', stderr: `Traceback (most recent call last):\nNameError: name '${name}' is not defined\n`, exitCode: 1 });
    expect(engineRefusal(failed('open'), builtins)).toBe('it calls open, a builtin the simulator does not provide (so CPython is not asked)');
    expect(engineRefusal(failed('undefined_name'), builtins)).toBeNull();
    expect(engineRefusal({ stdout: '1\n', stderr: '', exitCode: 0 }, builtins)).toBeNull();
  });

  it('behind the engine, the sandbox refuses processes and file writes', async () => {
    const { root, levels } = await levelsDir({});
    const marker = path.join(root, 'pwned');
    await writeFile(path.join(levels, 'w', '01-sys.yaml'), levelYaml('sys', `__import__('os').system('touch ${marker}')\n`));
    await writeFile(path.join(levels, 'w', '02-sub.yaml'), levelYaml('sub', `__import__('subprocess').run(['touch', '${marker}'])\n`));
    await writeFile(path.join(levels, 'w', '03-write.yaml'), levelYaml('write', `open('${marker}', 'w').write('x')\n`));
    const report = await checkLevels(levels, { rules: false, runEngine: permissiveEngine, pythonLimits: FAST });
    expect(existsSync(marker)).toBe(false);
    const exits = texts(report).filter((t) => t.includes('exit status'));
    expect(exits).toEqual([
      "levels/w/01-sys.yaml: code: exit status: engine 0, CPython 1 (PermissionError: the level checker does not let a level's program do os.system)",
      expect.stringMatching(/^levels\/w\/02-sub\.yaml: code: exit status: engine 0, CPython 1 \(PermissionError: the level checker does not let a level's program do subprocess\.Popen\)$/),
      expect.stringMatching(/^levels\/w\/03-write\.yaml: code: exit status: engine 0, CPython 1 \(PermissionError: the level checker does not let a level's program write '.*pwned'\)$/),
    ]);
  }, 60_000);

  it('caps CPU, memory and output', async () => {
    const { levels } = await levelsDir({
      '01-spin.yaml': levelYaml('spin', 'while True:\n    pass\n'),
      '02-memory.yaml': levelYaml('memory', 'x = bytearray(2 * 1024 ** 3)\n'),
      '03-output.yaml': levelYaml('output', "print('x' * 50_000_000)\n"),
    });
    const started = Date.now();
    const report = await checkLevels(levels, { rules: false, runEngine: permissiveEngine, pythonLimits: FAST });
    expect(Date.now() - started).toBeLessThan(60_000);
    const exits = texts(report).filter((t) => t.includes('exit status'));
    expect(exits).toEqual([
      // on a loaded machine the wall clock may run out before the CPU second does: either stops it
      expect.stringMatching(/01-spin\.yaml: code: exit status: engine 0, CPython -\d+ \(the level checker stopped CPython: the program (used more than 1 s of CPU|ran past 5 s)\)/),
      expect.stringMatching(/02-memory\.yaml: code: exit status: engine 0, CPython 1 \(MemoryError\)/),
      expect.stringMatching(/03-output\.yaml: code: exit status: engine 0, CPython -?\d+ \(the level checker stopped CPython: the program wrote more than 65536 bytes\)/),
    ]);
  }, 120_000);

  it('50 MB of output: the engine stops it, the checker reports it', async () => {
    const { levels } = await levelsDir({ '01-big.yaml': levelYaml('big', "print('x' * 50_000_000)\n") });
    const report = await checkLevels(levels, { rules: false });
    expect(texts(report)).toEqual([expect.stringMatching(/^levels\/w\/01-big\.yaml: code: the engine cannot run it \(so CPython is not asked\): /)]);
  }, 60_000);
});

describe('YAML alias bombs', () => {
  const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n') + '\n';

  it('a level file that expands aliases past the cap is a broken file, the others load', async () => {
    const { levels } = await levelsDir({ '01-ok.yaml': levelYaml('ok', 'print(1)\n'), '02-bomb.yaml': bomb });
    const catalog = await loadCatalog(levels);
    expect(catalog.problems.map((p) => p.text)).toEqual([expect.stringMatching(/^levels\/w\/02-bomb\.yaml: refused: .*alias.* \(at most 50 alias expansions\)$/i)]);
    expect(catalog.worlds[0]!.levels.map((l) => l.definition.id)).toEqual(['ok']);
  });

  it('a bomb as world.yaml does not stop the app opening', async () => {
    const { root, levels } = await levelsDir({ '01-ok.yaml': levelYaml('ok', 'print(1)\n') });
    await writeFile(path.join(levels, 'w', 'world.yaml'), bomb);
    const services = await openServices({ userDataDir: path.join(root, 'user'), levelsDir: levels, engine: null });
    expect(services.catalog.problems.map((p) => p.text)).toEqual([expect.stringMatching(/world\.yaml: refused: /)]);
  });
});

describe('levels check DIR', () => {
  it('resolves DIR from the folder the command was typed in (INIT_CWD), not the package folder', async () => {
    const { root } = await levelsDir({ '01-ok.yaml': levelYaml('ok', 'a = [1]\nprint(a)\n', '  - { kind: output, line: 2 }') });
    const repo = path.resolve(import.meta.dirname, '../../..');
    const r = spawnSync(path.join(repo, 'node_modules', '.bin', 'tsx'), [path.join(repo, 'scripts', 'levels.ts'), 'check', 'levels', '--no-rules'], {
      cwd: repo, encoding: 'utf8', env: { ...process.env, INIT_CWD: root }, timeout: 60_000,
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('ok: 1 worlds, 1 levels, 1 questions\n');
    expect(r.status).toBe(0);
  }, 60_000);
});
