// Atoms: names, literals, strings, and the bracketed displays with their comprehensions.

import type { Comprehension, Expr, Span } from '../ast';
import { markGrouped, spanFrom } from './cursor';
import { syntaxError } from './errors';
import { OperatorParser } from './operators';
import { buildStringAtom } from './strings';
import { checkTarget } from './targets';
import type { Token } from './tokens';

export abstract class DisplayParser extends OperatorParser {
  /** Parses an f-string's `{expression}` from its slice of the source. */
  protected abstract embeddedExpression(start: number, end: number, line: number, col: number): Expr;

  protected atom(): Expr {
    const t = this.peek();
    switch (t.kind) {
      case 'NAME': return this.nameAtom(t);
      case 'NUMBER':
        this.advance();
        return { kind: 'Constant', value: t.number!, ...spanFrom(t, t) };
      case 'STRING': return this.strings();
      case 'OP':
        if (t.text === '(') return this.parenthesized();
        if (t.text === '[') return this.list();
        if (t.text === '{') return this.dictOrSet();
        if (t.text === '...') {
          this.advance();
          return { kind: 'Constant', value: { type: 'ellipsis' }, ...spanFrom(t, t) };
        }
        return this.fail();
      default:
        return this.fail();
    }
  }

  private nameAtom(t: Token): Expr {
    const span = spanFrom(t, t);
    switch (t.text) {
      case 'True': case 'False':
        this.advance();
        return { kind: 'Constant', value: { type: 'bool', value: t.text === 'True' }, ...span };
      case 'None':
        this.advance();
        return { kind: 'Constant', value: { type: 'none' }, ...span };
      default:
        return { kind: 'Name', id: this.expectName().text, ...span };
    }
  }

  private strings(): Expr {
    const tokens: Token[] = [];
    while (this.checkKind('STRING')) tokens.push(this.advance());
    return buildStringAtom(tokens, this.source, (s, e, l, c) => this.embeddedExpression(s, e, l, c));
  }

  private parenthesized(): Expr {
    const open = this.advance();
    if (this.check(')')) return { kind: 'Tuple', elts: [], ...spanFrom(open, this.advance()) };
    if (this.check('yield')) {
      const y = this.yieldExpression();
      markGrouped(y, spanFrom(open, this.expect(')')));
      return y;
    }
    const first = this.starNamedExpression();
    if (this.startsComprehension()) {
      const generators = this.comprehensionClauses();
      return { kind: 'GeneratorExp', elt: first, generators, ...spanFrom(open, this.closeBracket(')', first)) };
    }
    if (this.check(',')) {
      const elts = this.restOfSequence(first, ')');
      return { kind: 'Tuple', elts, ...spanFrom(open, this.closeBracket(')', elts[elts.length - 1]!)) };
    }
    const close = this.closeBracket(')', first);
    if (first.kind === 'Starred') throw syntaxError('cannot use starred expression here', first.line, first.col);
    markGrouped(first, spanFrom(open, close));
    return first;
  }

  private list(): Expr {
    const open = this.advance();
    if (this.check(']')) return { kind: 'List', elts: [], ...spanFrom(open, this.advance()) };
    const first = this.starNamedExpression();
    if (this.startsComprehension()) {
      const generators = this.comprehensionClauses();
      return { kind: 'ListComp', elt: first, generators, ...spanFrom(open, this.closeBracket(']', first)) };
    }
    const elts = this.restOfSequence(first, ']');
    return { kind: 'List', elts, ...spanFrom(open, this.closeBracket(']', elts[elts.length - 1]!)) };
  }

  /** After the first element: `, elt`* with an optional trailing comma. */
  private restOfSequence(first: Expr, closer: string): Expr[] {
    const elts = [first];
    while (this.match(',')) {
      if (this.check(closer)) break;
      elts.push(this.starNamedExpression());
    }
    return elts;
  }

  /**
   * Consumes the closing bracket. Two expressions in a row inside brackets get CPython's
   * "Perhaps you forgot a comma?" hint.
   */
  protected closeBracket(closer: string, last: Span): Token {
    if (!this.check(closer) && this.startsExpression() && !this.checkKind('STRING')) {
      throw syntaxError('invalid syntax. Perhaps you forgot a comma?', last.line, last.col);
    }
    return this.expect(closer);
  }

  private dictOrSet(): Expr {
    const open = this.advance();
    if (this.check('}')) return { kind: 'Dict', keys: [], values: [], ...spanFrom(open, this.advance()) };
    if (this.check('**')) return this.dictRest(open, null, this.unpackedMapping());
    const first = this.starNamedExpression();
    if (this.check(':')) {
      const value = this.dictValue();
      if (this.startsComprehension()) {
        const generators = this.comprehensionClauses();
        return { kind: 'DictComp', key: first, value, generators, ...spanFrom(open, this.closeBracket('}', value)) };
      }
      return this.dictRest(open, first, value);
    }
    if (this.startsComprehension()) {
      const generators = this.comprehensionClauses();
      return { kind: 'SetComp', elt: first, generators, ...spanFrom(open, this.closeBracket('}', first)) };
    }
    const elts = this.restOfSequence(first, '}');
    return { kind: 'Set', elts, ...spanFrom(open, this.closeBracket('}', elts[elts.length - 1]!)) };
  }

  /** `: value` after a dict key */
  private dictValue(): Expr {
    const colon = this.advance();
    if (this.check('}') || this.check(',')) {
      throw syntaxError("expression expected after dictionary key and ':'", colon.line, colon.col);
    }
    return this.expression();
  }

  private unpackedMapping(): Expr {
    this.advance();
    return this.bitwiseOr();
  }

  private dictRest(open: Token, firstKey: Expr | null, firstValue: Expr): Expr {
    const keys: (Expr | null)[] = [firstKey];
    const values: Expr[] = [firstValue];
    while (this.match(',')) {
      if (this.check('}')) break;
      if (this.check('**')) {
        keys.push(null);
        values.push(this.unpackedMapping());
        continue;
      }
      keys.push(this.expression());
      if (!this.check(':')) this.fail();
      values.push(this.dictValue());
    }
    return { kind: 'Dict', keys, values, ...spanFrom(open, this.closeBracket('}', values[values.length - 1]!)) };
  }

  protected startsComprehension(): boolean {
    return this.check('for') || (this.check('async') && this.check('for', 1));
  }

  /** `for target in iter if cond ...` clauses, at least one. */
  protected comprehensionClauses(): Comprehension[] {
    const generators: Comprehension[] = [];
    while (this.check('for') || this.check('async')) {
      if (this.check('async')) throw this.unsupportedAt("'async for'", this.peek());
      const start = this.advance();
      const target = this.targetList();
      checkTarget(target, 'assign');
      this.expect('in');
      const iter = this.disjunction();
      const ifs: Expr[] = [];
      while (this.match('if')) ifs.push(this.disjunction());
      const end = ifs.length > 0 ? ifs[ifs.length - 1]! : iter;
      generators.push({ target, iter, ifs, ...spanFrom(start, end) });
    }
    return generators;
  }

  /** CPython's star_targets: like star_expressions, but stops before `in` and `=`. */
  protected targetList(): Expr {
    const first = this.starTarget();
    if (!this.check(',')) return first;
    const elts = [first];
    let end: Span = first;
    while (this.check(',')) {
      end = this.advance();
      if (!this.startsExpression()) break;
      const e = this.starTarget();
      elts.push(e);
      end = e;
    }
    return { kind: 'Tuple', elts, ...spanFrom(first, end) };
  }

  private starTarget(): Expr {
    if (this.check('*')) return this.starred(() => this.bitwiseOr());
    return this.bitwiseOr();
  }
}
