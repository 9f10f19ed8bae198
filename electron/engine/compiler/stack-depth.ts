// The deepest the value stack gets in a code object (CPython's co_stacksize), found by walking
// every path through the bytecode with each instruction's stack effect. sys.getsizeof of a
// generator counts these slots.
import { Op } from './opcodes';

/** [effect when falling through, effect when jumping] of one instruction. */
function effect(op: Op, arg: number): [number, number | null] {
  switch (op) {
    case Op.Nop: case Op.Swap: case Op.DeleteFast: case Op.DeleteDeref: case Op.DeleteGlobal:
    case Op.DeleteName: case Op.LoadAttr: case Op.KwNames: case Op.UnaryOp: case Op.ListToTuple:
    case Op.GetIter: case Op.PopBlock: case Op.CheckExcMatch: case Op.GetYieldFromIter:
    case Op.YieldValue: case Op.ReturnGenerator: case Op.GetLen:
      return [0, null];
    case Op.PopTop: case Op.StoreFast: case Op.StoreDeref: case Op.StoreGlobal: case Op.StoreName:
    case Op.DeleteAttr: case Op.BinaryOp: case Op.InplaceOp: case Op.CompareOp: case Op.IsOp:
    case Op.ContainsOp: case Op.BinarySubscr: case Op.ListAppend: case Op.SetAdd: case Op.ListExtend:
    case Op.SetUpdate: case Op.DictUpdate: case Op.DictMerge: case Op.ReturnValue: case Op.PopExcept:
    case Op.ImportName: case Op.Reraise:
      return [-1, null];
    case Op.Copy: case Op.PushNull: case Op.LoadConst: case Op.LoadFast: case Op.LoadDeref:
    case Op.LoadClosure: case Op.LoadClassDeref: case Op.LoadGlobal: case Op.LoadName:
    case Op.LoadMethod: case Op.LoadBuildClass: case Op.PushExcInfo: case Op.ImportFrom:
    case Op.LoadAssertionError:
      return [1, null];
    case Op.StoreAttr: case Op.DeleteSubscr: case Op.MapAdd:
      return [-2, null];
    case Op.StoreSubscr:
      return [-3, null];
    case Op.Call:
      return [-arg - 1, null];
    case Op.CallFunctionEx:
      return [arg & 1 ? -3 : -2, null];
    case Op.BuildSlice:
      return [1 - arg, null];
    case Op.BuildList: case Op.BuildTuple: case Op.BuildSet: case Op.BuildString:
      return [1 - arg, null];
    case Op.BuildMap:
      return [1 - 2 * arg, null];
    case Op.BuildConstKeyMap:
      return [-arg, null];
    case Op.FormatValue:
      return [arg & 4 ? -1 : 0, null];
    case Op.UnpackSequence:
      return [arg - 1, null];
    case Op.UnpackEx:
      return [(arg & 0xff) + (arg >> 8), null];
    case Op.ForIter:
      return [1, -1];
    case Op.Jump:
      return [0, 0];
    case Op.PopJumpIfFalse: case Op.PopJumpIfTrue:
      return [-1, -1];
    case Op.JumpIfFalseOrPop: case Op.JumpIfTrueOrPop:
      return [-1, 0];
    case Op.MakeFunction: {
      const flags = arg & 15;
      return [1 - (flags & 1 ? 1 : 0) - (flags & 2 ? 1 : 0) - (flags & 8 ? 1 : 0), null];
    }
    case Op.Send:
      return [-1, null];
    case Op.RaiseVarargs:
      return [-arg, null];
    case Op.SetupFinally:
      return [0, 1];
    case Op.SetupCleanup:
      // the engine's cleanup handler keeps the stack as is (previous exception, new one); CPython's
      // pushes lasti as well and then copies the previous exception (COPY 3): two slots deeper,
      // which co_stacksize, and so a generator's size, counts
      return [0, 2];
  }
}

export function maxStackDepth(ops: Uint8Array, args: Int32Array): number {
  const depthAt = new Int32Array(ops.length).fill(-1);
  const work: [number, number][] = [[0, 0]];
  let max = 0;
  while (work.length > 0) {
    const [start, startDepth] = work.pop()!;
    let pc = start;
    let depth = startDepth;
    while (pc < ops.length) {
      if (depthAt[pc]! >= depth) break;
      depthAt[pc] = depth;
      const op = ops[pc] as Op;
      const [through, jump] = effect(op, args[pc]!);
      if (jump !== null) {
        const target = args[pc]!;
        const d = depth + jump;
        max = Math.max(max, d);
        if (op !== Op.Jump) work.push([target, d]);
      }
      if (op === Op.Jump) {
        pc = args[pc]!;
        continue;
      }
      depth += through;
      max = Math.max(max, depth);
      if (op === Op.ReturnValue || op === Op.RaiseVarargs || op === Op.Reraise) break;
      pc++;
    }
  }
  return max;
}
