// The definitions a program starts with: classes (with __init__, __del__, __slots__, a base,
// properties), functions with every kind of parameter, generator functions that clean up in
// `finally`, and closure factories with `nonlocal` state.
import type { ClassModel, FunctionModel, Param, ParamKind, World } from './model';
import type { Random } from './random';

export function defineClass(rng: Random, world: World): string[] {
  const name = `C${world.classes.length}`;
  const base = world.classes.length > 0 && rng.chance(0.5) ? rng.pick(world.classes) : null;
  const own = base ? ['extra'] : ['tag', 'link'];
  const slotted = rng.chance(0.35);
  // a __weakref__ slot is refused when the base already gives instances one
  const weakSlot = slotted && !(base?.weakrefable ?? false) && rng.chance(0.4);
  const slots = slotted ? [...own, ...(weakSlot ? ['__weakref__'] : [])] : null;
  const hasDict = !slotted || (base?.hasDict ?? false);
  const weakrefable = !slotted || weakSlot || (base?.weakrefable ?? false);
  const hasDel = rng.chance(0.7);
  const hashByTag = !base && rng.chance(0.25);
  const methods = [`m${world.classes.length}`];
  const property = rng.chance(0.3) ? 'double' : null;
  const inherited = base ? base.attributes : [];
  const attributes = [...inherited, ...own.filter((a) => a !== 'tag'), ...(hasDict ? ['note'] : [])];
  const cls: ClassModel = {
    name, base, slots, hasDel, hashByTag, attributes, hasDict, weakrefable, methods, property,
    takesExtra: base !== null,
  };
  world.classes.push(cls);

  const lines = [`class ${name}${base ? `(${base.name})` : ''}:`];
  if (slots) lines.push(`    __slots__ = (${slots.map((s) => `'${s}'`).join(', ')}${slots.length === 1 ? ',' : ''})`);
  if (rng.chance(0.3)) lines.push(`    kind = '${name.toLowerCase()}'`);
  if (base) {
    lines.push('    def __init__(self, tag, extra=None):');
    lines.push(rng.chance(0.7) ? '        super().__init__(tag)' : `        ${base.name}.__init__(self, tag)`);
    lines.push('        self.extra = extra');
  } else {
    lines.push('    def __init__(self, tag):', '        self.tag = tag', '        self.link = None');
  }
  const repr = rng.pick([
    `'${name}(' + str(self.tag) + ')'`,
    `f'${name}({self.tag})'`,
    `'${name}(%d)' % self.tag`,
    `'${name}({})'.format(self.tag)`,
  ]);
  lines.push('    def __repr__(self):', `        return ${repr}`);
  if (hasDel) {
    lines.push('    def __del__(self):');
    lines.push(rng.pick([`        print('del ${name}', self.tag)`, `        print('del', self)`]));
  }
  if (hashByTag) {
    lines.push('    def __eq__(self, other):', `        return isinstance(other, ${name}) and self.tag == other.tag`);
    lines.push('    def __hash__(self):', '        return self.tag');
  }
  lines.push(`    def ${methods[0]}(self, x):`);
  lines.push(rng.pick(['        return [self.tag, x]', '        self.link = x\n        return self', '        return (self, x)']));
  if (property) lines.push('    @property', '    def double(self):', '        return self.tag * 2');
  return lines;
}

const DEFAULTS = ['None', '0', "'d'", '[]', '{}', '()'] as const;

function param(rng: Random, name: string, kind: ParamKind, needsDefault: boolean): Param {
  const hasDefault = needsDefault || rng.chance(0.35);
  const value = hasDefault ? rng.pick(DEFAULTS) : null;
  // a mutable default is a fresh object held by __defaults__: counting it is meaningful
  const counted = rng.chance(0.5) && (value === null || value === '[]' || value === '{}');
  return { name, kind, default: value, counted };
}

export function defineFunction(rng: Random, world: World): string[] {
  const name = `f${world.functions.length}`;
  const params: Param[] = [];
  let defaulted = false;
  let n = 0;
  // positional-only parameters ('/') are outside the engine's subset (it refuses them)
  for (let i = rng.int(0, 3); i > 0; i--) {
    const p = param(rng, `p${n++}`, 'normal', defaulted);
    defaulted ||= p.default !== null;
    params.push(p);
  }
  const varargs = rng.chance(0.4);
  for (let i = rng.int(0, 2); i > 0; i--) params.push(param(rng, `k${n++}`, 'kwonly', false));
  const varkw = rng.chance(0.35);
  const returns = rng.pick(['list', 'none', ...params.map((p) => p.name)]);
  const model: FunctionModel = { name, params, varargs, varkw, returns };
  world.functions.push(model);

  const show = (p: Param): string => (p.default === null ? p.name : `${p.name}=${p.default}`);
  const ofKind = (kind: ParamKind): Param[] => params.filter((p) => p.kind === kind);
  const parts = ofKind('posonly').map(show);
  if (parts.length > 0) parts.push('/');
  parts.push(...ofKind('normal').map(show));
  if (varargs) parts.push('*args');
  else if (ofKind('kwonly').length > 0) parts.push('*');
  parts.push(...ofKind('kwonly').map(show));
  if (varkw) parts.push('**kw');
  const body: string[] = [];
  for (const p of params) {
    if (p.counted) body.push(`    print('${name}', '${p.name}', sys.getrefcount(${p.name}))`);
  }
  if (varargs) body.push(rng.pick(['    print(len(args))', '    if args:\n        print(sys.getrefcount(args), len(args))']));
  if (varkw) body.push(rng.pick(['    print(sorted(kw))', '    print(sys.getrefcount(kw), len(kw))']));
  if (rng.chance(0.3)) body.push('    local = [0]', '    print(sys.getrefcount(local))');
  const names = params.map((p) => p.name);
  body.push(returns === 'list' ? `    return [${names.join(', ')}]` : returns === 'none' ? '    return None' : `    return ${returns}`);
  return [`def ${name}(${parts.join(', ')}):`, ...body];
}

export function defineGenerator(rng: Random, world: World): string[] {
  const name = `gen${world.generators.length}`;
  world.generators.push(name);
  const loop = rng.pick([
    ['        for x in items:', '            yield x'],
    ['        yield from items'],
    ['        it = iter(items)', '        while True:', '            x = next(it, None)', '            if x is None:', '                return', '            yield x'],
  ]);
  const keep = rng.chance(0.4) ? ['    held = [items]'] : [];
  return [
    `def ${name}(items):`,
    ...keep,
    '    try:',
    ...loop,
    '    finally:',
    `        print('${name} finally')`,
  ];
}

export function defineMaker(rng: Random, world: World): string[] {
  const name = `make${world.makers.length}`;
  world.makers.push(name);
  const body = rng.pick([
    ['        nonlocal count', '        count += step', '        return count'],
    ['        box.append(step)', '        return len(box)'],
    ['        return sys.getrefcount(obj) + step'],
  ]);
  return [
    `def ${name}(obj):`,
    '    count = 0',
    '    box = [obj]',
    '    def inner(step):',
    ...body,
    '    return inner',
  ];
}
