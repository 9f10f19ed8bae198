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
