// How a Python exception travels through the engine's own (TypeScript) code: a thrown
// PyException owning one reference to the exception instance. The run loop catches it and
// unwinds Python frames; builtins just throw.
import type { PyInstance } from './objects';

export class PyException {
  constructor(
    readonly exc: PyInstance,
    /** a re-raise (`raise` alone, the end of a handler): no new traceback entry where it starts */
    readonly reraise = false,
  ) {}
}

/** A budget ran out (steps, memory): the program stops here; Python code cannot catch it. */
export class BudgetExceeded {
  constructor(
    readonly what: 'steps' | 'memory' | 'time',
    readonly message: string,
  ) {}
}

/**
 * Something outside the engine's subset met while running (a CPython builtin the engine lacks,
 * a count it cannot reproduce): the program stops with exit status 2 and a message naming it
 * and its line, the run-time twin of a compile-time `SourceError('unsupported')`. Python code
 * cannot catch it, so no program goes on with an answer CPython would not give.
 */
export class Unsupported {
  /** the line running when it was met (filled in by the interpreter as it leaves the frame) */
  line: number | null = null;
  constructor(
    /** what is not supported, e.g. `the builtin 'exec'` */
    readonly what: string,
  ) {}
}
