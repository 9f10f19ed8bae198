// Helpers that build the SourceErrors the parser throws, so every stage words them alike.

import { SourceError } from '../source-error';

export function syntaxError(detail: string, line: number, col: number): SourceError {
  return new SourceError('syntax', 'SyntaxError', detail, line, col);
}

export function indentationError(detail: string, line: number, col: number): SourceError {
  return new SourceError('syntax', 'IndentationError', detail, line, col);
}

/** A construct outside the engine's subset, named as the player would write it: `'with'`. */
export function unsupported(construct: string, line: number, col: number): SourceError {
  return new SourceError('unsupported', 'SyntaxError', `unsupported: ${construct}`, line, col);
}
