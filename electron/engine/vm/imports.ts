// `import sys` and friends: only the modules the simulator provides.
import type { PyObj } from '../runtime/objects';
import type { Runtime } from '../runtime/runtime';

export function importModule(rt: Runtime, name: string): PyObj {
  const m = rt.modules.get(name);
  if (m) return rt.incref(m);
  throw rt.error(rt.types.ModuleNotFoundError, `No module named '${name}'`);
}
