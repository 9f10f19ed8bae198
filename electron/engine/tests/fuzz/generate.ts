// One random program: definitions, then statements with memory probes between them, then an
// ending that either frees everything and collects, or leaves objects alive at exit (their
// __del__ then runs at interpreter shutdown, in CPython's order).
import { defineClass, defineFunction, defineGenerator, defineMaker } from './definitions';
import type { World } from './model';
import { probe } from './probes';
import { Random } from './random';
import { statement } from './statements';

export interface Program {
  readonly seed: number;
  readonly index: number;
  readonly source: string;
}

export function generateProgram(seed: number, index: number): Program {
  const rng = Random.forProgram(seed, index);
  const world: World = { names: new Map(), classes: [], functions: [], generators: [], makers: [], nextTag: 10 };
  const units: string[][] = [['import sys, gc, copy, weakref']];
  for (let i = rng.int(1, 3); i > 0; i--) units.push(defineClass(rng, world));
  for (let i = rng.int(0, 3); i > 0; i--) units.push(defineFunction(rng, world));
  if (rng.chance(0.5)) units.push(defineGenerator(rng, world));
  if (rng.chance(0.4)) units.push(defineMaker(rng, world));
  for (let i = rng.int(6, 22); i > 0; i--) {
    units.push(statement(rng, world));
    if (rng.chance(0.6)) units.push(probe(rng, world));
  }
  units.push(["print('end')"]);
  if (rng.chance(0.5)) {
    const names = [...world.names.keys()];
    if (names.length > 0) units.push([`del ${names.join(', ')}`]);
    units.push(['print(gc.collect())']);
  }
  const source = units.map((lines) => lines.join('\n')).join('\n') + '\n';
  return { seed, index, source };
}
