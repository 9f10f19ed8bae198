// Probes between statements: what the memory model says about the objects the names hold.
// Each asks only what CPython answers the same in every run: counts of objects that are not
// cached, sizes, identity, collector results, reprs without addresses.
import { bound, isContainer, type ObjectModel, type World } from './model';
import type { Random } from './random';

const SIZED = new Set(['list', 'dict', 'set', 'tuple', 'str', 'int', 'float', 'inst', 'gen', 'func', 'method']);

export function probe(rng: Random, world: World): string[] {
  const all = bound(world);
  const countable = bound(world, (o) => o.countable);
  const choices: [number, () => string[] | null][] = [
    [5, () => (countable.length ? [`print(sys.getrefcount(${rng.pick(countable)}))`] : null)],
    [2, () => (countable.length > 1 ? [`print(${countable.map((n) => `sys.getrefcount(${n})`).join(', ')})`] : null)],
    [3, () => ['print(gc.collect())']],
    [2, () => sized(rng, world)],
    [3, () => identity(rng, world, all)],
    [3, () => shown(rng, world)],
    [1, () => tracked(rng, world)],
    [1, () => weak(rng, world)],
  ];
  for (let attempt = 0; attempt < 6; attempt++) {
    const lines = rng.weighted(choices)();
    if (lines) return lines;
  }
  return ['print(gc.collect())'];
}

function sized(rng: Random, world: World): string[] | null {
  const names = bound(world, (o) => SIZED.has(o.kind));
  return names.length ? [`print(sys.getsizeof(${rng.pick(names)}))`] : null;
}

function comparable(o: ObjectModel): boolean {
  return !o.cyclic && (o.kind !== 'inst' || o.stable);
}

function identity(rng: Random, world: World, all: string[]): string[] | null {
  if (all.length < 2) return null;
  const [x, y] = rng.sample(all, 2) as [string, string];
  const ox = world.names.get(x)!;
  const oy = world.names.get(y)!;
  return [comparable(ox) && comparable(oy) ? `print(${x} is ${y}, ${x} == ${y})` : `print(${x} is ${y})`];
}

function shown(rng: Random, world: World): string[] | null {
  const names = bound(world, (o) => o.stable && o.kind !== 'other');
  if (names.length === 0) return null;
  const name = rng.pick(names);
  const o = world.names.get(name)!;
  if (isContainer(o) && rng.chance(0.4)) return [`print(len(${name}), type(${name}).__name__)`];
  return [`print(${name})`];
}

function tracked(rng: Random, world: World): string[] | null {
  const names = bound(world, (o) => o.kind !== 'other');
  return names.length ? [`print(gc.is_tracked(${rng.pick(names)}))`] : null;
}

function weak(rng: Random, world: World): string[] | null {
  const refs = bound(world, (o) => o.kind === 'weakref');
  if (refs.length === 0) return null;
  const r = rng.pick(refs);
  const referent = world.names.get(r)!.referent;
  const holder = bound(world, (o) => o === referent)[0];
  return [holder ? `print(${r}() is ${holder})` : `print(${r}() is None)`];
}
