// One line of plain words per event, written when a step's events are read (stored events are
// data only, so a long trace does not hold a sentence per event).
import type { RawEvent, RefHolder, StepKind, TraceEvent } from './model';

export interface StepContext {
  readonly kind: StepKind;
  readonly name: string;
  /** the source text of the step's line, trimmed */
  readonly code: string;
}

export function explainEvents(events: readonly RawEvent[], ctx: StepContext): TraceEvent[] {
  return events.map((e) => ({ ...e, explanation: explain(e, ctx) }));
}

function describe(type: string, id: number, atom: string | null): string {
  if (atom !== null) return type === 'NoneType' || type === 'bool' || atom.startsWith('<') ? atom : `${type} ${atom}`;
  return `${type} #${id}`;
}

function holderText(h: RefHolder): string {
  switch (h.kind) {
    case 'local': return h.name;
    case 'global': return h.name;
    case 'hidden': return `the ${h.label}`;
    case 'frame-function': return 'the running frame';
    case 'item': return `slot ${h.index} of #${h.owner}`;
    case 'set-member': return `set #${h.owner}`;
    case 'dict-key': return `dict #${h.owner} (key ${h.key})`;
    case 'dict-value': return `dict #${h.owner}[${h.key}]`;
    case 'attribute': return `#${h.owner}.${h.name}`;
    case 'field': return `the ${h.field} of #${h.owner}`;
    case 'generator-local': return `${h.name} in suspended generator #${h.owner}`;
    case 'generator-stack': return `the ${h.label} in suspended generator #${h.owner}`;
  }
}

function prefix(ctx: StepContext): string {
  switch (ctx.kind) {
    case 'line': return ctx.code ? `\`${ctx.code}\`: ` : '';
    case 'call': return `call ${ctx.name}(): `;
    case 'return': return `${ctx.name} returned: `;
    case 'exception': return '';
  }
}

function rcText(rc: readonly [number, number] | null): string {
  return rc ? `, refcount ${rc[0]} → ${rc[1]}` : '';
}

export function explain(e: RawEvent, ctx: StepContext): string {
  switch (e.kind) {
    case 'allocate':
      return `new ${e.type} #${e.obj} created`;
    case 'bind':
      return `${prefix(ctx)}${holderText(e.holder)} now refers to ${describe(e.type, e.obj, e.atom)}${rcText(e.rc)}`;
    case 'unbind':
      return `${prefix(ctx)}${holderText(e.holder)} no longer refers to ${describe(e.type, e.obj, e.atom)}${rcText(e.rc)}`;
    case 'incref':
      return `${e.type} #${e.obj} gained a reference, refcount ${e.from} → ${e.to}`;
    case 'decref':
      return `${e.type} #${e.obj} lost a reference, refcount ${e.from} → ${e.to}`;
    case 'free':
      return e.cause === 'gc'
        ? `${e.type} #${e.obj} freed by the cycle collector: only a cycle kept it alive`
        : `${e.type} #${e.obj} freed: its refcount reached 0`;
    case 'gc-run': {
      const who = e.explicit ? 'gc.collect()' : `the automatic cycle collector (generation ${e.generation})`;
      if (e.found === 0) return `${who} found no unreachable objects`;
      const what = e.found === 1 ? '1 unreachable object' : `${e.found} unreachable objects`;
      return `${who} found ${what} (kept alive only by cycles) and freed ${e.found === 1 ? 'it' : 'them'}`;
    }
    case 'output':
      return `printed ${JSON.stringify(e.text.length > 60 ? e.text.slice(0, 59) + '…' : e.text)}`;
    case 'exception':
      return e.message ? `${e.type} raised: ${e.message}` : `${e.type} raised`;
  }
}
