// sys.getsizeof for each kind, as 64-bit CPython 3.11 reports it (formulas in values/sizes.ts).
import * as S from '../values/sizes';
import type { PyObj } from './objects';
import type { Runtime } from './runtime';

export function sizeOf(rt: Runtime, o: PyObj): number {
  switch (o.kind) {
    case 'int':
      return o.cls === rt.types.bool ? S.boolSize(o.value !== 0n) : S.intSize(o.value);
    case 'float': return S.FLOAT_SIZE;
    case 'str': return S.strSize(o.value);
    case 'none': case 'ellipsis': case 'notimplemented': return S.BARE_OBJECT_SIZE;
    case 'list': return S.listSize(o.allocated);
    case 'tuple': return S.tupleSize(o.items.length);
    case 'dict': return o.store.sizeof();
    case 'set': return o.store.sizeof();
    case 'range': return S.RANGE_SIZE;
    case 'function': return S.FUNCTION_SIZE;
    case 'instance':
      if (o.cls === rt.types.object) return S.BARE_OBJECT_SIZE;
      if (o.cls.slotNames && !o.cls.hasDict) return S.slotsInstanceSize(o.cls.slotNames.length);
      if (o.exc) return 72;
      return S.INSTANCE_WITH_DICT_SIZE;
    case 'generator': {
      const code = o.frame?.code;
      return code ? S.generatorSize(code.varnames.length + code.cellvars.length + code.freevars.length, code.stackSize) : S.GENERATOR_BASE_SIZE;
    }
    case 'type': return 1072;
    case 'module': return 72;
    case 'cell': return 40;
    case 'method': return 64;
    case 'builtin': return 72;
    case 'weakref': return 80;
    case 'iterator': return 48 + 16;
    case 'slice': return 56;
    case 'dictview': return 56;
    case 'property': return 72;
    case 'super': return 64;
    case 'frame': return 120;
    case 'traceback': return 64;
  }
}
