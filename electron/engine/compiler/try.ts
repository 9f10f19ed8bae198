// `try` statements. Handler blocks on the frame's block stack say where an exception goes; the
// exception being handled is pushed with the one handled before it (PUSH_EXC_INFO), which is
// put back when the handler ends (POP_EXCEPT) — CPython 3.11's layout, so a handled
// exception's references count the same.
import type * as A from '../ast';
import type { Compiler } from './compiler';
import { compileExpr } from './expressions';
import { nameOp } from './names';
import { Op } from './opcodes';

export function compileTry(c: Compiler, s: A.Try): void {
  if (s.finalbody.length > 0) compileTryFinally(c, s);
  else compileTryExcept(c, s);
}

function compileTryFinally(c: Compiler, s: A.Try): void {
  const handler = c.b.label();
  const end = c.b.label();
  c.b.jump(Op.SetupFinally, handler);
  c.pushBlock({ type: 'finally-try', finalbody: s.finalbody });
  if (s.handlers.length > 0) compileTryExcept(c, s);
  else c.body(s.body);
  c.popBlock();
  c.b.emit(Op.PopBlock);
  c.body(s.finalbody);
  c.b.jump(Op.Jump, end);
  // the exceptional path: run the finally body with the exception held, then re-raise it
  c.b.bind(handler);
  const cleanup = c.b.label();
  c.b.emit(Op.PushExcInfo);
  c.b.jump(Op.SetupCleanup, cleanup);
  c.pushBlock({ type: 'finally-end' });
  c.body(s.finalbody);
  c.popBlock();
  c.b.emit(Op.Reraise);
  emitCleanup(c, cleanup);
  c.b.bind(end);
}

function compileTryExcept(c: Compiler, s: A.Try): void {
  const handlers = c.b.label();
  const orelse = c.b.label();
  const end = c.b.label();
  c.b.jump(Op.SetupFinally, handlers);
  c.pushBlock({ type: 'try-except' });
  c.body(s.body);
  c.popBlock();
  c.b.emit(Op.PopBlock);
  c.b.jump(Op.Jump, orelse);

  c.b.bind(handlers);
  const cleanup = c.b.label();
  c.b.emit(Op.PushExcInfo);
  c.b.jump(Op.SetupCleanup, cleanup);
  for (const h of s.handlers) {
    c.b.startLine(h);
    const next = c.b.label();
    if (h.type) {
      compileExpr(c, h.type);
      c.b.emit(Op.CheckExcMatch);
      c.b.jump(Op.PopJumpIfFalse, next);
    }
    if (h.name !== null) {
      nameOp(c, h.name, 'store');
      const nameCleanup = c.b.label();
      c.b.jump(Op.SetupFinally, nameCleanup);
      c.pushBlock({ type: 'handler', name: h.name });
      c.body(h.body);
      c.popBlock();
      c.b.emit(Op.PopBlock);
      unbindHandlerName(c, h.name);
      c.b.emit(Op.PopBlock);
      c.b.emit(Op.PopExcept);
      c.b.jump(Op.Jump, end);
      // an exception inside the handler: unbind the name, then on to the cleanup
      c.b.bind(nameCleanup);
      unbindHandlerName(c, h.name);
      c.b.emit(Op.Reraise);
    } else {
      c.b.emit(Op.PopTop);
      c.pushBlock({ type: 'handler', name: null });
      c.body(h.body);
      c.popBlock();
      c.b.emit(Op.PopBlock);
      c.b.emit(Op.PopExcept);
      c.b.jump(Op.Jump, end);
    }
    c.b.bind(next);
  }
  // no handler matched: the exception goes on, after the previous one is restored
  c.b.emit(Op.Reraise);
  emitCleanup(c, cleanup);
  c.b.bind(orelse);
  c.body(s.orelse);
  c.b.bind(end);
}

/** `except E as e:` ends with `e = None; del e`, so the exception does not outlive it. */
function unbindHandlerName(c: Compiler, name: string): void {
  c.loadNone();
  nameOp(c, name, 'store');
  nameOp(c, name, 'delete');
}

/** Stack on arrival: [..., previously handled exception, new exception]. */
function emitCleanup(c: Compiler, cleanup: ReturnType<Compiler['b']['label']>): void {
  c.b.bind(cleanup);
  c.b.emit(Op.Swap, 2);
  c.b.emit(Op.PopExcept);
  c.b.emit(Op.Reraise);
}
