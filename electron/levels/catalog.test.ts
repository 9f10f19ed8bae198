import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { campaignOrder, loadCatalog } from './catalog';

let base: string;
let root: string;
beforeEach(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'refquest-levels-'));
  root = path.join(base, 'levels');
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

async function put(relative: string, text: string): Promise<void> {
  const file = path.join(root, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}

const world = (id: string, order: number) => `id: ${id}\ntitle: ${id}\norder: ${order}\ndescription: about ${id}\n`;
const level = (id: string, extra = '') => `id: ${id}
title: Level ${id}
concepts: [names]
difficulty: 1
intro: hello
code: |
  a = [1]
  b = a
questions:
  - { kind: identity, after: 2, left: a, right: b }
hints: [one]
explain: because
${extra}`;

describe('loadCatalog', () => {
  it('orders worlds by order and levels by file name', async () => {
    await put('zeta/world.yaml', world('zeta', 1));
    await put('alpha/world.yaml', world('alpha', 2));
    await put('zeta/02-b.yaml', level('lvl-b'));
    await put('zeta/01-a.yaml', level('lvl-a'));
    await put('alpha/01-c.yaml', level('lvl-c'));
    const catalog = await loadCatalog(root);
    expect(catalog.problems).toEqual([]);
    expect(catalog.worlds.map((w) => w.definition.id)).toEqual(['zeta', 'alpha']);
    expect(campaignOrder(catalog).map((l) => l.definition.id)).toEqual(['lvl-a', 'lvl-b', 'lvl-c']);
    expect(campaignOrder(catalog)[0]!.path).toBe('levels/zeta/01-a.yaml');
  });

  it('reports a broken field by path and field, and still loads the others', async () => {
    await put('w1/world.yaml', world('w1', 1));
    await put('w1/01-good.yaml', level('good'));
    await put('w1/02-bad.yaml', level('bad').replace('after: 2', 'after: "two"'));
    const catalog = await loadCatalog(root);
    expect(campaignOrder(catalog).map((l) => l.definition.id)).toEqual(['good']);
    expect(catalog.problems).toHaveLength(1);
    const [problem] = catalog.problems;
    expect(problem!.path).toBe('levels/w1/02-bad.yaml');
    expect(problem!.field).toBe('questions[0].after');
    expect(problem!.text).toMatch(/^levels\/w1\/02-bad\.yaml: questions\[0\]\.after: expected number/);
  });

  it('reports YAML syntax errors, unknown question kinds, lines past the end and duplicate ids', async () => {
    await put('w1/world.yaml', world('w1', 1));
    await put('w1/01-syntax.yaml', 'id: [unclosed\n');
    await put('w1/02-kind.yaml', level('kind').replace('kind: identity', 'kind: telepathy'));
    await put('w1/03-past.yaml', level('past').replace('after: 2', 'after: 9'));
    await put('w1/04-one.yaml', level('twin'));
    await put('w1/05-two.yaml', level('twin'));
    await put('w1/06-extra.yaml', level('extra', 'answer: 42\n'));
    const catalog = await loadCatalog(root);
    const texts = catalog.problems.map((p) => p.text);
    expect(texts.some((t) => t.startsWith('levels/w1/01-syntax.yaml: YAML syntax error'))).toBe(true);
    expect(catalog.problems.find((p) => p.path.endsWith('02-kind.yaml'))?.field).toBe('questions[0].kind');
    expect(texts).toContain('levels/w1/03-past.yaml: questions[0].after: line 9 is past the end of the code (2 lines)');
    expect(texts).toContain('levels/w1/05-two.yaml: id: level id "twin" is already used by levels/w1/04-one.yaml');
    expect(catalog.problems.find((p) => p.path.endsWith('06-extra.yaml'))?.message).toMatch(/answer/);
    expect(campaignOrder(catalog).map((l) => l.definition.id)).toEqual(['twin']);
  });

  it('reports a world without a valid world.yaml and skips its levels', async () => {
    await put('w1/world.yaml', world('w1', 1));
    await put('w1/01-a.yaml', level('a'));
    await put('w2/01-b.yaml', level('b'));
    await put('w3/world.yaml', 'id: w3\ntitle: W3\norder: first\ndescription: x\n');
    const catalog = await loadCatalog(root);
    expect(catalog.worlds.map((w) => w.definition.id)).toEqual(['w1']);
    expect(catalog.problems.map((p) => `${p.path} ${p.field}`)).toEqual(['levels/w2/world.yaml ', 'levels/w3/world.yaml order']);
  });
});
