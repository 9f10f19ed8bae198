// Loading, storing and deleting a name: which instruction depends on how the scope analysis
// resolved it, exactly as CPython's compiler_nameop chooses.
import { Op } from './opcodes';
import type { Compiler } from './compiler';

type Access = 'load' | 'store' | 'delete';

const FAST = { load: Op.LoadFast, store: Op.StoreFast, delete: Op.DeleteFast } as const;
const DEREF = { load: Op.LoadDeref, store: Op.StoreDeref, delete: Op.DeleteDeref } as const;
const GLOBAL = { load: Op.LoadGlobal, store: Op.StoreGlobal, delete: Op.DeleteGlobal } as const;
const NAME = { load: Op.LoadName, store: Op.StoreName, delete: Op.DeleteName } as const;

export function nameOp(c: Compiler, name: string, access: Access): void {
  const res = c.scope.resolve(name);
  const kind = c.scope.kind;
  if (res === 'cell' || res === 'free') {
    if (kind === 'class' && access === 'load') {
      c.b.emit(Op.LoadClassDeref, c.derefSlot(name));
      return;
    }
    c.b.emit(DEREF[access], c.derefSlot(name));
    return;
  }
  if (res === 'global-explicit') {
    c.b.emit(GLOBAL[access], c.b.nameIdx(name));
    return;
  }
  if (kind === 'module' || kind === 'class') {
    c.b.emit(NAME[access], c.b.nameIdx(name));
    return;
  }
  if (res === 'local') {
    c.b.emit(FAST[access], c.localSlot(name));
    return;
  }
  c.b.emit(GLOBAL[access], c.b.nameIdx(name));
}
