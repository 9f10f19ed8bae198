// Expressions that make objects, each with what the generator may later ask of the object.
import { bound, object, type ClassModel, type ObjectModel, type World } from './model';
import type { Random } from './random';

export interface Value {
  readonly text: string;
  readonly obj: ObjectModel;
}

function tag(world: World): number {
  return world.nextTag++;
}

function existing(rng: Random, world: World, test: (o: ObjectModel) => boolean): Value | null {
  const names = bound(world, test);
  if (names.length === 0) return null;
  const name = rng.pick(names);
  return { text: name, obj: world.names.get(name)! };
}

/** a name or a small literal, as an item of a new container */
function item(rng: Random, world: World): Value {
  const named = rng.chance(0.6) ? existing(rng, world, () => true) : null;
  return named ?? { text: String(rng.int(0, 9)), obj: object('int', { countable: false }) };
}

export function instance(rng: Random, world: World, cls: ClassModel = rng.pick(world.classes)): Value {
  const extra = cls.takesExtra && rng.chance(0.5) ? item(rng, world) : null;
  const args = extra ? `${tag(world)}, ${extra.text}` : `${tag(world)}`;
  return { text: `${cls.name}(${args})`, obj: object('inst', { cls, stable: !extra || extra.obj.stable }) };
}

function container(rng: Random, world: World): Value {
  const items = Array.from({ length: rng.int(0, 3) }, () => item(rng, world));
  const stable = items.every((i) => i.obj.stable);
  const texts = items.map((i) => i.text);
  switch (rng.int(0, 5)) {
    case 0:
      return { text: `[${texts.join(', ')}]`, obj: object('list', { stable }) };
    case 1:
      return { text: `{${texts.map((t, i) => `'k${i}': ${t}`).join(', ')}}`, obj: object('dict', { stable }) };
    case 2: {
      // a set of ints (ordered the same in every run) or of hashable instances
      const hashable = bound(world, (o) => o.kind === 'inst' || o.kind === 'int');
      const members = [String(rng.int(0, 99)), ...rng.sample(hashable, rng.int(0, 2))];
      const ordered = members.every((m) => /^\d+$/.test(m) || (world.names.get(m)!.stable && world.names.get(m)!.cls?.hashByTag !== false));
      return { text: `{${members.join(', ')}}`, obj: object('set', { stable: ordered && stable }) };
    }
    case 3: {
      // a tuple built at run time (one item is a fresh list), never a constant
      return { text: `([], ${texts.join(', ')})`, obj: object('tuple', { stable }) };
    }
    case 4:
      return rng.pick([
        { text: `[x * ${rng.int(2, 5)} for x in range(${rng.int(0, 4)})]`, obj: object('list') },
        { text: `{k: [k] for k in range(${rng.int(0, 3)})}`, obj: object('dict') },
        { text: `{x % 3 for x in range(${rng.int(0, 6)})}`, obj: object('set') },
        { text: `list(range(${rng.int(0, 5)}))`, obj: object('list') },
        { text: `tuple([${texts.join(', ')}])`, obj: object('tuple', { stable, countable: texts.length > 0 }) },
      ]);
    default:
      return { text: `dict(${texts.map((t, i) => `n${i}=${t}`).join(', ')})`, obj: object('dict', { stable }) };
  }
}

function scalar(rng: Random, world: World): Value {
  const t = tag(world);
  // every operand comes from int() or str() at run time: a folded constant is shared with
  // the code object (and, while the module runs, the parser's arena), so counting it says
  // nothing about the program's own references
  return rng.pick([
    { text: `'-'.join(['s', str(${t})])`, obj: object('str') },
    { text: `str(${t}) + 'x' * ${rng.int(1, 3)}`, obj: object('str') },
    { text: `'%s:%d' % ('v', int('${t}'))`, obj: object('str') },
    { text: `f'w{${t}}'`, obj: object('str') },
    { text: `int('${rng.int(300, 99999)}') + ${t}`, obj: object('int') },
    { text: `int('${t}') * ${rng.int(1000, 999999)}`, obj: object('int') },
    { text: `int('${t}') ** ${rng.int(20, 40)}`, obj: object('int') },
    { text: `int('${t}') / ${rng.int(2, 7)}`, obj: object('float') },
    { text: `float('${t}') * 1.5`, obj: object('float') },
  ]);
}

function callable(rng: Random, world: World): Value | null {
  const insts = bound(world, (o) => o.kind === 'inst');
  const choices: (() => Value | null)[] = [
    () => ({ text: `lambda y: y + ${rng.int(1, 9)}`, obj: object('func') }),
    () => {
      const captured = existing(rng, world, (o) => o.countable);
      return captured ? { text: `lambda y, o=${captured.text}: [o, y]`, obj: object('func') } : null;
    },
  ];
  if (world.makers.length > 0) {
    choices.push(() => {
      const captured = existing(rng, world, (o) => o.countable);
      return captured ? { text: `${rng.pick(world.makers)}(${captured.text})`, obj: object('func') } : null;
    });
  }
  if (insts.length > 0) {
    const name = rng.pick(insts);
    const cls = world.names.get(name)!.cls!;
    choices.push(() => ({ text: `${name}.${rng.pick(cls.methods)}`, obj: object('method', { stable: false }) }));
    if (cls.weakrefable) {
      choices.push(() => ({ text: `weakref.ref(${name})`, obj: object('weakref', { stable: false, referent: world.names.get(name)! }) }));
    }
  }
  return rng.pick(choices)();
}

function generator(rng: Random, world: World): Value | null {
  if (world.generators.length === 0) return null;
  const source = existing(rng, world, (o) => o.kind === 'list' || o.kind === 'tuple' || o.kind === 'dict');
  const items = source ?? { text: `[${rng.int(0, 9)}, ${rng.int(0, 9)}]`, obj: object('list') };
  return {
    text: `${rng.pick(world.generators)}(${items.text})`,
    obj: object('gen', { stable: false, source: items.obj }),
  };
}

function copied(rng: Random, world: World): Value | null {
  const source = existing(rng, world, (o) => o.kind === 'list' || o.kind === 'dict' || o.kind === 'inst' || o.kind === 'set');
  if (!source) return null;
  const deep = rng.chance(0.4) && !source.obj.cyclic;
  return { text: `copy.${deep ? 'deepcopy' : 'copy'}(${source.text})`, obj: object(source.obj.kind, { cls: source.obj.cls, stable: source.obj.stable }) };
}

/** a new object (never a cached one), of any kind the world can make */
export function freshValue(rng: Random, world: World): Value {
  const makers: [number, () => Value | null][] = [
    [4, () => container(rng, world)],
    [world.classes.length > 0 ? 4 : 0, () => instance(rng, world)],
    [2, () => scalar(rng, world)],
    [2, () => callable(rng, world)],
    [1.5, () => generator(rng, world)],
    [1, () => copied(rng, world)],
  ];
  for (let attempt = 0; attempt < 10; attempt++) {
    const made = rng.weighted(makers)();
    if (made) return made;
  }
  return container(rng, world);
}

/** an argument: often a bound name, sometimes a fresh object or (when allowed) a literal */
export function argument(rng: Random, world: World, mustCount: boolean): Value {
  const named = rng.chance(0.55) ? existing(rng, world, (o) => !mustCount || o.countable) : null;
  if (named) return named;
  if (!mustCount && rng.chance(0.3)) {
    return rng.pick([
      { text: String(rng.int(0, 5)), obj: object('int', { countable: false }) },
      { text: `'t${rng.int(0, 5)}'`, obj: object('str', { countable: false }) },
      { text: 'None', obj: object('other', { countable: false, stable: true }) },
    ]);
  }
  return freshValue(rng, world);
}
