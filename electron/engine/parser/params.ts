// Parameter lists of `def` and `lambda`: positional, `*args`, keyword-only, `**kwargs`.

import type { Param, Parameters } from '../ast';
import { spanFrom } from './cursor';
import { syntaxError } from './errors';
import { PrimaryParser } from './primaries';

export abstract class ParamsParser extends PrimaryParser {
  protected lambdaParameters(): Parameters {
    return this.parameters(':');
  }

  /** Parameters up to (not including) `closer`: ')' for def, ':' for lambda. */
  protected parameters(closer: ')' | ':'): Parameters {
    const args: Param[] = [];
    const kwonly: Param[] = [];
    let vararg: Param | null = null;
    let kwarg: Param | null = null;
    let sawStar = false;
    const seen = new Set<string>();
    const param = (withDefault: boolean): Param => {
      const name = this.expectName();
      if (closer === ')' && this.check(':')) throw this.unsupportedAt('type annotations', this.peek());
      if (seen.has(name.text)) {
        throw syntaxError(`duplicate argument '${name.text}' in function definition`, name.line, name.col);
      }
      seen.add(name.text);
      const value = withDefault && this.match('=') ? this.expression() : null;
      return { name: name.text, default: value, ...spanFrom(name, name) };
    };
    while (!this.check(closer)) {
      const t = this.peek();
      if (kwarg) throw syntaxError('arguments cannot follow var-keyword argument', t.line, t.col);
      if (t.text === '/' && t.kind === 'OP') throw this.unsupportedAt("positional-only parameters ('/')", t);
      if (this.match('**')) {
        kwarg = param(false);
        if (this.check('=')) throw syntaxError('var-keyword argument cannot have default value', t.line, t.col);
      } else if (this.match('*')) {
        if (sawStar) throw syntaxError('* argument may appear only once', t.line, t.col);
        sawStar = true;
        if (this.checkKind('NAME')) {
          vararg = param(false);
          if (this.check('=')) throw syntaxError('var-positional argument cannot have default value', t.line, t.col);
        } else if (this.check(closer) || (this.check(',') && (this.check(closer, 1) || this.check('**', 1)))) {
          throw syntaxError('named arguments must follow bare *', t.line, t.col);
        }
      } else {
        const p = param(true);
        if (sawStar) {
          kwonly.push(p);
        } else {
          if (p.default === null && args.some((a) => a.default !== null)) {
            throw syntaxError('non-default argument follows default argument', p.line, p.col);
          }
          args.push(p);
        }
      }
      if (!this.match(',')) break;
    }
    return { args, vararg, kwonly, kwarg };
  }
}
