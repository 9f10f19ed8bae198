// The one error type of the value layer: pure functions throw it, the interpreter turns it into
// the Python exception named by `pyType` with CPython's exact message.

export type PyErrorType =
  | 'ZeroDivisionError'
  | 'ValueError'
  | 'OverflowError'
  | 'TypeError'
  | 'IndexError'
  | 'KeyError'
  | 'AttributeError'
  | 'MemoryError'
  | 'UnsupportedError';

export class PyValueError extends Error {
  constructor(
    readonly pyType: PyErrorType,
    message: string,
  ) {
    super(message);
    this.name = 'PyValueError';
  }
}

export function pyError(pyType: PyErrorType, message: string): PyValueError {
  return new PyValueError(pyType, message);
}
