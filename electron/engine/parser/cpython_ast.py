"""Test oracle: CPython's own parse of each program, in the JSON shape of electron/engine/ast.ts.

Reads a JSON list of sources on stdin and writes a JSON list of results, one per source:
{"ok": module}, {"error": {"type", "msg", "lineno", "offset"}} or {"outside": why}. Used only by the tests.
Columns are converted from CPython's UTF-8 byte offsets to JS string indices (UTF-16 units).
"""
import ast
import json
import sys

BINOPS = {ast.Add: '+', ast.Sub: '-', ast.Mult: '*', ast.Div: '/', ast.FloorDiv: '//', ast.Mod: '%',
          ast.Pow: '**', ast.LShift: '<<', ast.RShift: '>>', ast.BitOr: '|', ast.BitXor: '^',
          ast.BitAnd: '&', ast.MatMult: '@'}
UNARY = {ast.USub: '-', ast.UAdd: '+', ast.Not: 'not', ast.Invert: '~'}
CMP = {ast.Eq: '==', ast.NotEq: '!=', ast.Lt: '<', ast.LtE: '<=', ast.Gt: '>', ast.GtE: '>=',
       ast.Is: 'is', ast.IsNot: 'is not', ast.In: 'in', ast.NotIn: 'not in'}
CONVERSIONS = {-1: None, 114: 'r', 115: 's', 97: 'a'}


class Converter:
    def __init__(self, source):
        self.lines = source.split('\n')

    def col(self, line, byte_col):
        text = self.lines[line - 1].encode('utf-8')[:byte_col].decode('utf-8', errors='replace')
        return len(text.encode('utf-16-le')) // 2

    def span(self, node):
        return {'line': node.lineno, 'col': self.col(node.lineno, node.col_offset),
                'endLine': node.end_lineno, 'endCol': self.col(node.end_lineno, node.end_col_offset)}

    def node(self, kind, node, **fields):
        return {'kind': kind, **fields, **self.span(node)}

    def opt(self, e):
        return None if e is None else self.expr(e)

    def exprs(self, es):
        return [self.expr(e) for e in es]

    def stmts(self, ss):
        return [self.stmt(s) for s in ss]

    def constant(self, v):
        if v is None:
            return {'type': 'none'}
        if v is Ellipsis:
            return {'type': 'ellipsis'}
        if isinstance(v, bool):
            return {'type': 'bool', 'value': v}
        if isinstance(v, int):
            return {'type': 'int', 'value': str(v)}
        if isinstance(v, float):
            return {'type': 'float', 'value': v if v != float('inf') else 'inf'}
        if isinstance(v, complex):
            return {'type': 'complex', 'imag': v.imag if v.imag != float('inf') else 'inf'}
        if isinstance(v, str):
            return {'type': 'str', 'value': v}
        if isinstance(v, bytes):
            return {'type': 'bytes', 'value': list(v)}
        raise TypeError(v)

    def keyword(self, k):
        return {'arg': k.arg, 'value': self.expr(k.value), **self.span(k)}

    def param(self, a, default):
        return {'name': a.arg, 'default': self.opt(default), **self.span(a)}

    def params(self, a):
        if a.posonlyargs:
            raise ValueError('positional-only parameters')
        pad = [None] * (len(a.args) - len(a.defaults)) + list(a.defaults)
        return {'args': [self.param(x, d) for x, d in zip(a.args, pad)],
                'vararg': self.param(a.vararg, None) if a.vararg else None,
                'kwonly': [self.param(x, d) for x, d in zip(a.kwonlyargs, a.kw_defaults)],
                'kwarg': self.param(a.kwarg, None) if a.kwarg else None}

    def comp(self, g):
        return {'target': self.expr(g.target), 'iter': self.expr(g.iter), 'ifs': self.exprs(g.ifs)}

    def expr(self, e):
        n = self.node
        t = type(e)
        if t is ast.Constant:
            return n('Constant', e, value=self.constant(e.value))
        if t is ast.JoinedStr:
            return n('JoinedStr', e, values=self.exprs(e.values))
        if t is ast.FormattedValue:
            return n('FormattedValue', e, value=self.expr(e.value), conversion=CONVERSIONS[e.conversion],
                     formatSpec=self.opt(e.format_spec))
        if t is ast.Name:
            return n('Name', e, id=e.id)
        if t in (ast.List, ast.Tuple, ast.Set):
            return n(t.__name__, e, elts=self.exprs(e.elts))
        if t is ast.Dict:
            return n('Dict', e, keys=[self.opt(k) for k in e.keys], values=self.exprs(e.values))
        if t is ast.Starred:
            return n('Starred', e, value=self.expr(e.value))
        if t is ast.BinOp:
            return n('BinOp', e, op=BINOPS[type(e.op)], left=self.expr(e.left), right=self.expr(e.right))
        if t is ast.UnaryOp:
            return n('UnaryOp', e, op=UNARY[type(e.op)], operand=self.expr(e.operand))
        if t is ast.BoolOp:
            return n('BoolOp', e, op='and' if isinstance(e.op, ast.And) else 'or', values=self.exprs(e.values))
        if t is ast.Compare:
            return n('Compare', e, left=self.expr(e.left), ops=[CMP[type(o)] for o in e.ops],
                     comparators=self.exprs(e.comparators))
        if t is ast.Call:
            return n('Call', e, func=self.expr(e.func), args=self.exprs(e.args),
                     keywords=[self.keyword(k) for k in e.keywords])
        if t is ast.Attribute:
            return n('Attribute', e, value=self.expr(e.value), attr=e.attr)
        if t is ast.Subscript:
            return n('Subscript', e, value=self.expr(e.value), slice=self.expr(e.slice))
        if t is ast.Slice:
            return n('Slice', e, lower=self.opt(e.lower), upper=self.opt(e.upper), step=self.opt(e.step))
        if t is ast.Lambda:
            return n('Lambda', e, params=self.params(e.args), body=self.expr(e.body))
        if t is ast.IfExp:
            return n('IfExp', e, test=self.expr(e.test), body=self.expr(e.body), orelse=self.expr(e.orelse))
        if t in (ast.ListComp, ast.SetComp, ast.GeneratorExp):
            return n(t.__name__, e, elt=self.expr(e.elt), generators=[self.comp(g) for g in e.generators])
        if t is ast.DictComp:
            return n('DictComp', e, key=self.expr(e.key), value=self.expr(e.value),
                     generators=[self.comp(g) for g in e.generators])
        if t is ast.Yield:
            return n('Yield', e, value=self.opt(e.value))
        if t is ast.YieldFrom:
            return n('YieldFrom', e, value=self.expr(e.value))
        if t is ast.NamedExpr:
            return n('NamedExpr', e, target=self.expr(e.target), value=self.expr(e.value))
        raise ValueError(f'unsupported expression {t.__name__}')

    def stmt(self, s):
        n = self.node
        t = type(s)
        if t is ast.Expr:
            return n('Expr', s, value=self.expr(s.value))
        if t is ast.Assign:
            return n('Assign', s, targets=self.exprs(s.targets), value=self.expr(s.value))
        if t is ast.AugAssign:
            return n('AugAssign', s, target=self.expr(s.target), op=BINOPS[type(s.op)], value=self.expr(s.value))
        if t is ast.Delete:
            return n('Delete', s, targets=self.exprs(s.targets))
        if t in (ast.Pass, ast.Break, ast.Continue):
            return n(t.__name__, s)
        if t in (ast.If, ast.While):
            return n(t.__name__, s, test=self.expr(s.test), body=self.stmts(s.body), orelse=self.stmts(s.orelse))
        if t is ast.For:
            return n('For', s, target=self.expr(s.target), iter=self.expr(s.iter), body=self.stmts(s.body),
                     orelse=self.stmts(s.orelse))
        if t is ast.FunctionDef:
            return n('FunctionDef', s, name=s.name, params=self.params(s.args), body=self.stmts(s.body),
                     decorators=self.exprs(s.decorator_list))
        if t is ast.ClassDef:
            return n('ClassDef', s, name=s.name, bases=self.exprs(s.bases),
                     keywords=[self.keyword(k) for k in s.keywords], body=self.stmts(s.body),
                     decorators=self.exprs(s.decorator_list))
        if t is ast.Return:
            return n('Return', s, value=self.opt(s.value))
        if t in (ast.Global, ast.Nonlocal):
            return n(t.__name__, s, names=list(s.names))
        if t is ast.Try:
            handlers = [{'type': self.opt(h.type), 'name': h.name, 'body': self.stmts(h.body), **self.span(h)}
                        for h in s.handlers]
            return n('Try', s, body=self.stmts(s.body), handlers=handlers, orelse=self.stmts(s.orelse),
                     finalbody=self.stmts(s.finalbody))
        if t is ast.Raise:
            return n('Raise', s, exc=self.opt(s.exc), cause=self.opt(s.cause))
        if t is ast.Assert:
            return n('Assert', s, test=self.expr(s.test), msg=self.opt(s.msg))
        if t in (ast.Import, ast.ImportFrom):
            names = [{'name': a.name, 'asname': a.asname, **self.span(a)} for a in s.names]
            if t is ast.Import:
                return n('Import', s, names=names)
            return n('ImportFrom', s, module=s.module, names=names)
        raise ValueError(f'unsupported statement {t.__name__}')


def convert(source):
    try:
        # compile() also runs the compiler's checks ('return' outside function, ...)
        compile(source, '<test>', 'exec')
        tree = ast.parse(source)
    except SyntaxError as e:
        return {'error': {'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset}}
    try:
        body = Converter(source).stmts(tree.body)
    except ValueError as e:
        return {'outside': str(e)}  # valid Python outside the engine's subset
    return {'ok': {'kind': 'Module', 'body': body}}


if __name__ == '__main__':
    sources = json.load(sys.stdin)
    json.dump([convert(s) for s in sources], sys.stdout)
