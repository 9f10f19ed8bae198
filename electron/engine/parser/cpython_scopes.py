"""Test oracle: CPython's symbol table and code objects for each program.

Reads a JSON list of sources on stdin; writes, per source, either {"error": {...}} or
{"scopes": [...]}: every scope in symtable pre-order with its symbols' resolutions and its code
object's co_varnames, co_cellvars, co_freevars and generator flag. Used only by the tests.
"""
import inspect
import json
import symtable
import sys

RESOLUTIONS = {1: 'local', 2: 'global-explicit', 3: 'global-implicit', 4: 'free', 5: 'cell'}
SPECIAL = {'top': '<module>', 'lambda': '<lambda>', 'listcomp': '<listcomp>', 'setcomp': '<setcomp>',
           'dictcomp': '<dictcomp>', 'genexpr': '<genexpr>'}


def code_objects(code, found):
    found.setdefault(code.co_qualname, []).append(code)
    for const in code.co_consts:
        if inspect.iscode(const):
            code_objects(const, found)


def kind_of(table, name):
    t = table.get_type()
    if t == 'module' or t == 'class':
        return t
    if name == '<lambda>':
        return 'lambda'
    if name in ('<listcomp>', '<setcomp>', '<dictcomp>', '<genexpr>'):
        return 'comprehension'
    return 'function'


def walk(table, parent_qual, parent_kind, codes, out):
    name = SPECIAL.get(table.get_name(), table.get_name()) if table.get_type() != 'class' else table.get_name()
    kind = kind_of(table, name)
    if kind == 'module':
        qual = '<module>'
    elif parent_kind == 'module':
        qual = name
    elif parent_kind in ('class', 'comprehension'):
        qual = f'{parent_qual}.{name}'
    else:
        qual = f'{parent_qual}.<locals>.{name}'
    candidates = codes.get(qual) or []
    if not candidates:
        raise LookupError(f'no code object for {qual}')
    code = candidates.pop(0)
    out.append({
        'kind': kind, 'name': name,
        'symbols': {s.get_name(): RESOLUTIONS[s._Symbol__scope] for s in table.get_symbols()},
        'varnames': list(code.co_varnames), 'cellvars': list(code.co_cellvars),
        'freevars': list(code.co_freevars), 'isGenerator': bool(code.co_flags & inspect.CO_GENERATOR),
    })
    for child in table.get_children():
        walk(child, qual, kind, codes, out)


def analyze(source):
    try:
        code = compile(source, '<test>', 'exec')
        table = symtable.symtable(source, '<test>', 'exec')
    except SyntaxError as e:
        return {'error': {'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset}}
    codes = {}
    code_objects(code, codes)
    out = []
    walk(table, '', 'module', codes, out)
    return {'scopes': out}


if __name__ == '__main__':
    json.dump([analyze(s) for s in json.load(sys.stdin)], sys.stdout)
