// Top-level statements: bind, alias, delete, mutate, link into cycles, call, loop, branch,
// raise and catch, drive generators, compute with strings and numbers. Each keeps the world
// model true, so every later statement makes sense.
import { callOf } from './calls';
import { bound, NAMES, object, type ObjectModel, type World } from './model';
import { probe } from './probes';
import type { Random } from './random';
import { argument, freshValue } from './values';

type Maker = (rng: Random, world: World) => string[] | null;

function indent(lines: readonly string[], by = '    '): string[] {
  return lines.flatMap((l) => l.split('\n')).map((l) => by + l);
}

/** a reference from `holder` to `held` may close a cycle */
function link(holder: ObjectModel, held: ObjectModel): void {
  holder.stable &&= held.stable;
  if (held.kind === 'inst' || held.kind === 'list' || held.kind === 'dict' || held.kind === 'tuple') {
    holder.cyclic = true;
    held.cyclic = true;
  }
}

function named(rng: Random, world: World, test: (o: ObjectModel) => boolean): string | null {
  const names = bound(world, test);
  return names.length ? rng.pick(names) : null;
}

const assign: Maker = (rng, world) => {
  const target = rng.pick(NAMES);
  const value = freshValue(rng, world);
  world.names.set(target, value.obj);
  return [`${target} = ${value.text}`];
};

const alias: Maker = (rng, world) => {
  const source = named(rng, world, () => true);
  if (!source) return null;
  const target = rng.pick(NAMES);
  world.names.set(target, world.names.get(source)!);
  return [`${target} = ${source}`];
};

const remove: Maker = (rng, world) => {
  const name = named(rng, world, () => true);
  if (!name) return null;
  world.names.delete(name);
  return [`del ${name}`];
};

const mutate: Maker = (rng, world) => {
  const name = named(rng, world, (o) => o.kind === 'list' || o.kind === 'dict' || o.kind === 'set');
  if (!name) return null;
  const o = world.names.get(name)!;
  if (o.kind === 'set') return [rng.pick([`${name}.add(${rng.int(0, 99)})`, `${name}.discard(${rng.int(0, 99)})`, `${name} |= {${rng.int(0, 9)}}`])];
  const v = argument(rng, world, false);
  if (o.kind === 'list') {
    const line = rng.pick([
      `${name}.append(${v.text})`, `${name}.insert(0, ${v.text})`, `${name}.extend([${v.text}, ${v.text}])`,
      `${name}[0:0] = [${v.text}]`, `${name} += [${v.text}]`, `if ${name}:\n    ${name}.pop()`,
      `if ${name}:\n    del ${name}[0]`, `${name}.reverse()`, `${name}.clear()`, `${name} *= 2`,
    ]);
    if (line.includes(v.text)) link(o, v.obj);
    return [line];
  }
  const key = `'k${rng.int(0, 3)}'`;
  const line = rng.pick([
    `${name}[${key}] = ${v.text}`, `${name}.setdefault(${key}, ${v.text})`, `${name}.update(u=${v.text})`,
    `${name}.pop(${key}, None)`, `if ${key} in ${name}:\n    del ${name}[${key}]`, `${name}.clear()`,
    `${name} |= {'m': ${v.text}}`,
  ]);
  if (line.includes(v.text)) link(o, v.obj);
  return [line];
};

const setAttribute: Maker = (rng, world) => {
  const name = named(rng, world, (o) => o.kind === 'inst' && o.cls!.attributes.length > 0);
  if (!name) return null;
  const o = world.names.get(name)!;
  const v = rng.chance(0.3) ? { text: name, obj: o } : argument(rng, world, false);
  link(o, v.obj);
  return [`${name}.${rng.pick(o.cls!.attributes)} = ${v.text}`];
};

const call: Maker = (rng, world) => {
  if (world.functions.length === 0) return null;
  const c = callOf(rng, world, rng.pick(world.functions));
  if (c.fails) return ['try:', `    ${c.text}`, 'except TypeError as error:', '    print(error)'];
  if (rng.chance(0.4)) return [c.text];
  const target = rng.pick(NAMES);
  world.names.set(target, c.result);
  return [`${target} = ${c.text}`];
};

const useObject: Maker = (rng, world) => {
  const name = named(rng, world, (o) => ['inst', 'func', 'method', 'gen'].includes(o.kind));
  if (!name) return null;
  const o = world.names.get(name)!;
  const v = argument(rng, world, false);
  switch (o.kind) {
    case 'inst': {
      const cls = o.cls!;
      if (cls.property && rng.chance(0.3)) return [`print(${name}.${cls.property})`];
      link(o, v.obj);
      return [`${name}.${rng.pick(cls.methods)}(${v.text})`];
    }
    case 'gen': {
      const shows = o.source?.stable === true && !o.source.cyclic;
      return [rng.pick([
        shows ? `print(next(${name}, 'done'))` : `next(${name}, None)`,
        `${name}.close()`,
        shows ? `print(list(${name}))` : `print(len(list(${name})))`,
      ])];
    }
    default:
      return [`print(type(${name}(${rng.int(1, 5)})).__name__)`];
  }
};

const loop: Maker = (rng, world) => {
  const name = named(rng, world, (o) => o.kind === 'list' || o.kind === 'tuple' || o.kind === 'dict');
  if (!name) return null;
  const o = world.names.get(name)!;
  const body = rng.pick([
    [`print(sys.getrefcount(${name}))`],
    o.stable ? ['print(item)'] : ['print(type(item).__name__)'],
    ['print(sys.getsizeof(item))'],
  ]);
  const header = o.kind === 'dict' && rng.chance(0.5) ? `for key, item in ${name}.items():` : `for item in ${name}:`;
  return [header, ...indent(body)];
};

const counting: Maker = (rng, world) => {
  const name = named(rng, world, (o) => o.kind === 'list');
  if (!name) return null;
  link(world.names.get(name)!, object('list'));
  return ['n = 0', `while n < ${rng.int(1, 3)}:`, `    ${name}.append([n])`, '    n += 1'];
};

const branch: Maker = (rng, world) => {
  const name = named(rng, world, (o) => o.kind === 'list' || o.kind === 'dict' || o.kind === 'set' || o.kind === 'str');
  if (!name) return null;
  return [`if len(${name}) > ${rng.int(0, 2)}:`, ...indent(probe(rng, world)), 'else:', ...indent(probe(rng, world))];
};

const guarded: Maker = (rng, world) => {
  const holder = named(rng, world, (o) => o.countable);
  const risky = rng.pick([
    { body: 'x = [1][5]', catches: 'IndexError' },
    { body: "x = {}['gone']", catches: 'KeyError' },
    { body: "x = int('twelve')", catches: 'ValueError' },
    { body: 'x = 1 // (len([]))', catches: 'ZeroDivisionError' },
    { body: 'x = object().missing', catches: 'AttributeError' },
    { body: holder ? `raise ValueError(${holder})` : "raise ValueError('v')", catches: 'ValueError' },
    { body: "raise KeyError('k')", catches: 'LookupError' },
  ]);
  const handler = rng.pick([
    [`print(type(error).__name__, error.args[0] is ${holder ?? 'None'})`],
    ['print(type(error).__name__)'],
    holder ? [`print(sys.getrefcount(${holder}))`] : ['print(len(error.args))'],
  ]);
  const lines = ['try:', `    ${risky.body}`, `except ${risky.catches} as error:`, ...indent(handler)];
  if (rng.chance(0.5)) lines.push('finally:', ...indent(probe(rng, world)));
  return lines;
};

const compute: Maker = (rng, world) => {
  const str = named(rng, world, (o) => o.kind === 'str');
  const num = named(rng, world, (o) => o.kind === 'int' || o.kind === 'float');
  const options: string[] = [
    `print(${rng.int(-50, 50)} // ${rng.int(1, 9)}, ${rng.int(-50, 50)} % ${rng.int(1, 9)}, divmod(${rng.int(-99, 99)}, ${rng.int(1, 7)}))`,
    `print(${rng.int(1, 5)} < ${rng.int(1, 5)} <= ${rng.int(1, 5)}, ${rng.int(0, 3)} in [${rng.int(0, 3)}] not in [[${rng.int(0, 3)}]])`,
    `print(round(${rng.int(1, 999)} / ${rng.int(1, 99)}, ${rng.int(0, 3)}), abs(-${rng.int(0, 9)}.5), ${rng.int(2, 9)} ** ${rng.int(0, 70)})`,
    `print(' '.join(str(x) for x in range(${rng.int(0, 5)})), sum(x * x for x in range(${rng.int(0, 9)})))`,
    `print(sorted([${rng.int(0, 9)}, ${rng.int(0, 9)}, ${rng.int(0, 9)}], reverse=True), max(${rng.int(0, 9)}, ${rng.int(0, 9)}))`,
  ];
  if (str) {
    options.push(
      `print(${str}.upper(), ${str}[1:3], ${str}.split('-'), len(${str}), ${str}.find('1'))`,
      `print(${str} * 2, ${str}.replace('s', 'z'), ${str}.startswith('s'), ${str}.center(9, '*'))`,
      `t = ${rng.pick([`${str} + ''`, `'' + ${str}`, `'%s' % ${str}`, `f'{${str}}'`, `${str}.strip()`, `str(${str})`, `${str}[:]`, `${str}[0]`])}\nprint(t is ${str}, t == ${str})`,
    );
  }
  if (num) {
    options.push(
      `print(${num} + 1, ${num} * 2, -${num}, ${num} > ${rng.int(0, 99)}, str(${num})[:6])`,
      `t = ${rng.pick([`+${num}`, `abs(${num})`, `round(${num})`, `${num} * 1`, `${num} + 0`, `int(${num})`])}\nprint(t is ${num}, t == ${num})`,
    );
  }
  return rng.pick(options).split('\n');
};

const collect: Maker = () => ['print(gc.collect())'];

const MAKERS: readonly [number, Maker][] = [
  [8, assign], [3, alias], [4, remove], [5, mutate], [4, setAttribute], [5, call], [4, useObject],
  [2, loop], [1, counting], [1, branch], [2, guarded], [2, compute], [2, collect],
];

export function statement(rng: Random, world: World): string[] {
  for (let attempt = 0; attempt < 10; attempt++) {
    const lines = rng.weighted(MAKERS)(rng, world);
    if (lines) return lines;
  }
  return assign(rng, world)!;
}
