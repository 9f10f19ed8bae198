/**
 * A program the engine will not run: a syntax error (reported as CPython would, with its
 * exception type) or a construct outside the engine's subset (reported by name and line).
 */
export class SourceError extends Error {
  constructor(
    readonly reason: 'syntax' | 'unsupported',
    /** CPython's exception type: 'SyntaxError', 'IndentationError', or 'RecursionError' for a program nested too deep to compile */
    readonly pythonType: 'SyntaxError' | 'IndentationError' | 'RecursionError',
    /** the bare message, e.g. "invalid syntax" or "unsupported: 'async def'" */
    readonly detail: string,
    readonly line: number,
    readonly col: number,
  ) {
    super(reason === 'unsupported' ? `${detail} at line ${line}` : `${pythonType}: ${detail} (line ${line})`);
    this.name = 'SourceError';
  }
}
