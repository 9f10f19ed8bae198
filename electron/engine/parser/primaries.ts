// Primaries: an atom followed by trailers — `.attr`, `(args)`, `[subscript]` — left to right.

import type { Call, Expr, Keyword, Span } from '../ast';
import { spanFrom } from './cursor';
import { DisplayParser } from './displays';
import { syntaxError } from './errors';
import type { Token } from './tokens';

export abstract class PrimaryParser extends DisplayParser {
  protected primary(): Expr {
    let e = this.atom();
    for (;;) {
      if (this.match('.')) {
        const name = this.expectName();
        e = { kind: 'Attribute', value: e, attr: name.text, ...spanFrom(e, name) };
      } else if (this.check('(')) {
        e = this.call(e);
      } else if (this.check('[')) {
        e = this.subscript(e);
      } else {
        return e;
      }
    }
  }

  private call(func: Expr): Call {
    const { args, keywords, close } = this.callArguments();
    return { kind: 'Call', func, args, keywords, ...spanFrom(func, close) };
  }

  /** `(args)` of a call or of a class's bases. */
  protected callArguments(): { args: Expr[]; keywords: Keyword[]; close: Token } {
    const open = this.advance();
    const args: Expr[] = [];
    const keywords: Keyword[] = [];
    let sawKeywordUnpacking = false;
    while (!this.check(')')) {
      const start = this.peek();
      if (this.check('**')) {
        this.advance();
        const value = this.expression();
        keywords.push({ arg: null, value, ...spanFrom(start, value) });
        sawKeywordUnpacking = true;
      } else if (start.kind === 'NAME' && this.check('=', 1)) {
        const name = this.expectName();
        this.advance();
        const value = this.expression();
        if (keywords.some((k) => k.arg === name.text)) {
          throw syntaxError(`keyword argument repeated: ${name.text}`, name.line, name.col);
        }
        keywords.push({ arg: name.text, value, ...spanFrom(name, value) });
      } else {
        const arg = this.positionalArgument(open, args.length + keywords.length === 0);
        if (arg.kind === 'Starred' && sawKeywordUnpacking) {
          throw syntaxError('iterable argument unpacking follows keyword argument unpacking', arg.line, arg.col);
        }
        if (arg.kind !== 'Starred' && keywords.length > 0) {
          const detail = sawKeywordUnpacking
            ? 'positional argument follows keyword argument unpacking'
            : 'positional argument follows keyword argument';
          throw syntaxError(detail, arg.line, arg.col);
        }
        args.push(arg);
        if (arg.kind === 'GeneratorExp' && arg.line === open.line && arg.col === open.col) {
          break; // a bare generator argument owns the parentheses
        }
      }
      if (!this.match(',')) break;
    }
    const close = this.closeBracket(')', this.previous());
    return { args, keywords, close };
  }

  /** `*it`, an expression, or a bare generator expression when it is the only argument. */
  private positionalArgument(open: Span, first: boolean): Expr {
    if (this.check('*')) return this.starred(() => this.expression());
    const value = this.namedExpression();
    if (this.check('=')) {
      throw syntaxError('expression cannot contain assignment, perhaps you meant "=="?', value.line, value.col);
    }
    if (!this.startsComprehension()) return value;
    const generators = this.comprehensionClauses();
    if (!first || !this.check(')')) {
      throw syntaxError('Generator expression must be parenthesized', value.line, value.col);
    }
    const close = this.peek();
    return { kind: 'GeneratorExp', elt: value, generators, ...spanFrom(open, close) };
  }

  private subscript(value: Expr): Expr {
    this.advance();
    const first = this.sliceItem();
    let slice = first;
    if (this.check(',')) {
      const elts = [first];
      let end: Span = first;
      while (this.check(',')) {
        end = this.advance();
        if (this.check(']')) break;
        const item = this.sliceItem();
        elts.push(item);
        end = item;
      }
      slice = { kind: 'Tuple', elts, ...spanFrom(first, end) };
    }
    const close = this.closeBracket(']', slice);
    return { kind: 'Subscript', value, slice, ...spanFrom(value, close) };
  }

  /** `expr` or `lower:upper:step` with every part optional. */
  private sliceItem(): Expr {
    const start = this.peek();
    const lower = this.check(':') ? null : this.starNamedExpression();
    if (!this.check(':')) {
      if (lower === null) return this.fail();
      return lower;
    }
    let end: Span = this.advance();
    const upper = this.optionalSliceBound();
    if (upper) end = upper;
    let step: Expr | null = null;
    if (this.check(':')) {
      end = this.advance();
      step = this.optionalSliceBound();
      if (step) end = step;
    }
    return { kind: 'Slice', lower, upper, step, ...spanFrom(start, end) };
  }

  private optionalSliceBound(): Expr | null {
    return this.check(':') || this.check(',') || this.check(']') ? null : this.expression();
  }
}
