// A readable listing of a code object, for debugging the compiler (like CPython's `dis`).
import { repr } from '../runtime/repr';
import type { Runtime } from '../runtime/runtime';
import type { CodeObject } from './code';
import { OP_NAMES } from './opcodes';

export function disassemble(rt: Runtime, code: CodeObject, indent = ''): string {
  let out = `${indent}code ${code.qualname} (varnames ${code.varnames.join(',')}; cells ${code.cellvars.join(',')}; frees ${code.freevars.join(',')})\n`;
  for (let i = 0; i < code.ops.length; i++) {
    const name = OP_NAMES[code.ops[i]!] ?? `?${code.ops[i]}`;
    const arg = code.args[i]!;
    let note = '';
    if (name === 'LOAD_CONST') note = ` (${repr(rt, code.consts[arg]!)})`;
    if (/NAME|GLOBAL|ATTR|METHOD|IMPORT/.test(name)) note = ` (${code.names[arg]})`;
    const line = code.lineStarts[i] ? String(code.lines[i]).padStart(4) : '    ';
    out += `${indent}${line} ${String(i).padStart(4)} ${name} ${arg}${note}\n`;
  }
  for (const c of code.codes) out += disassemble(rt, c, indent + '  ');
  return out;
}
