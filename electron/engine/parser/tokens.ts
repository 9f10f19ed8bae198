// Tokens produced by the tokenizer. Positions follow CPython: line 1-based, col 0-based, and the
// end is exclusive, so a token's span can be copied straight onto the AST node built from it.

import type { ConstantValue } from '../ast';
import type { SourceError } from '../source-error';

export type TokenKind =
  | 'NAME' | 'NUMBER' | 'STRING' | 'OP' | 'NEWLINE' | 'INDENT' | 'DEDENT' | 'ENDMARKER'
  /** a tokenizer error, reported only when the parser reaches it (as CPython's lazy tokenizer) */
  | 'ERROR';

export interface Token {
  readonly kind: TokenKind;
  /** the source text of the token ('' for NEWLINE at end of file, INDENT, DEDENT, ENDMARKER) */
  readonly text: string;
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
  /** NUMBER only */
  readonly number?: ConstantValue;
  /** STRING only: offset of the token in the source, for f-string expressions */
  readonly offset?: number;
  /** ERROR only */
  readonly error?: SourceError;
  /** ERROR only: end of input inside brackets, which is an error only if the parser gets there */
  readonly atEnd?: boolean;
}

export const KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import',
  'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while',
  'with', 'yield',
]);

/** Operators and delimiters, longest first so that the tokenizer can match greedily. */
export const OPERATORS: readonly string[] = [
  '**=', '//=', '>>=', '<<=', '...', '->',
  '**', '//', '>>', '<<', '<=', '>=', '==', '!=', ':=',
  '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=',
  '+', '-', '*', '/', '%', '&', '|', '^', '~', '@', '<', '>', '=', '.', ',', ':', ';',
  '(', ')', '[', ']', '{', '}',
];
