// Calls that fit a function's signature: positional and keyword arguments, a suffix of the
// positionals packed into `*[...]`, some keywords into `**{...}`, extras for *args and **kw;
// and, now and then, a call that does not fit, whose TypeError message is printed.
import { object, type FunctionModel, type ObjectModel, type World } from './model';
import type { Random } from './random';
import { argument, type Value } from './values';

export interface Call {
  readonly text: string;
  /** the returned object, when the call fits */
  readonly result: ObjectModel;
  /** the call raises TypeError: it must run inside try/except */
  readonly fails: boolean;
}

export function callOf(rng: Random, world: World, fn: FunctionModel): Call {
  const positional: Value[] = [];
  const keyword: [string, Value][] = [];
  const passed = new Map<string, Value>();
  const positionalParams = fn.params.filter((p) => p.kind !== 'kwonly');
  const required = positionalParams.filter((p) => p.default === null).length;
  const count = rng.int(required, positionalParams.length);
  positionalParams.forEach((p, i) => {
    const value = argument(rng, world, p.counted);
    if (i < count) {
      positional.push(value);
      passed.set(p.name, value);
    } else if (p.kind === 'normal' && (p.default === null || rng.chance(0.5))) {
      keyword.push([p.name, value]);
      passed.set(p.name, value);
    }
  });
  if (fn.varargs && count === positionalParams.length) {
    for (let i = rng.int(0, 2); i > 0; i--) positional.push(argument(rng, world, false));
  }
  for (const p of fn.params.filter((q) => q.kind === 'kwonly')) {
    if (p.default === null || rng.chance(0.5)) {
      const value = argument(rng, world, p.counted);
      keyword.push([p.name, value]);
      passed.set(p.name, value);
    }
  }
  if (fn.varkw) for (let i = rng.int(0, 2); i > 0; i--) keyword.push([`x${i}`, argument(rng, world, false)]);

  let fails = false;
  if (rng.chance(0.08)) {
    fails = true;
    const mistake = rng.int(0, 2);
    if (mistake === 0 && !fn.varkw) keyword.push(['nope', { text: '1', obj: object('int') }]);
    else if (mistake === 1 && required > 0 && positional.length === required) positional.pop();
    else if (!fn.varargs) positional.push(...Array.from({ length: positionalParams.length + 1 - count }, () => argument(rng, world, false)));
    else fails = false;
  }

  const texts: string[] = [];
  const packAt = rng.chance(0.4) ? rng.int(0, positional.length) : positional.length;
  texts.push(...positional.slice(0, packAt).map((v) => v.text));
  if (packAt < positional.length) {
    const packed = positional.slice(packAt).map((v) => v.text).join(', ');
    texts.push(rng.chance(0.5) ? `*[${packed}]` : `*(${packed},)`);
  }
  const packFrom = rng.chance(0.4) ? rng.int(0, keyword.length) : keyword.length;
  texts.push(...keyword.slice(0, packFrom).map(([k, v]) => `${k}=${v.text}`));
  if (packFrom < keyword.length) {
    const packed = keyword.slice(packFrom);
    texts.push(rng.chance(0.6) ? `**{${packed.map(([k, v]) => `'${k}': ${v.text}`).join(', ')}}` : `**dict(${packed.map(([k, v]) => `${k}=${v.text}`).join(', ')})`);
  }
  const returned = passed.get(fn.returns)?.obj;
  const result =
    fn.returns === 'list'
      ? object('list', { stable: [...passed.values()].every((v) => v.obj.stable) })
      : returned ?? object('other', { countable: false, stable: true });
  return { text: `${fn.name}(${texts.join(', ')})`, result, fails };
}
