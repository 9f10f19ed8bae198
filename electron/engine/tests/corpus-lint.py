# Static checks of the corpus, run by check-corpus.ts: each program must stay inside the
# engine's subset (imports, statements, builtins, module functions) and start with a comment.
# Reads a JSON list of paths on stdin, prints {path: [problem, ...]} as JSON.
import ast
import builtins
import json
import re
import sys

MODULES = {
    'sys': {'getrefcount', 'getsizeof', 'intern', 'getrecursionlimit', 'setrecursionlimit'},
    'gc': {'collect', 'enable', 'disable', 'isenabled', 'get_threshold', 'set_threshold',
           'is_tracked', 'get_count'},
    'copy': {'copy', 'deepcopy'},
    'weakref': {'ref'},
}
BUILTINS = set('''print len range id type isinstance hasattr getattr setattr list tuple dict
    set str int float bool repr sum min max sorted reversed enumerate zip abs round iter next
    map filter hash object super True False None all any ascii bin callable chr classmethod
    delattr divmod format frozenset hex issubclass oct ord pow property slice staticmethod'''.split())
EXCEPTIONS = {name for name in dir(builtins)
              if isinstance(getattr(builtins, name), type)
              and issubclass(getattr(builtins, name), BaseException)}
FORBIDDEN_NODES = (ast.With, ast.AsyncWith, ast.AsyncFor, ast.AsyncFunctionDef, ast.Await,
                   ast.Match, ast.NamedExpr, ast.TryStar)


def problems_of(path):
    text = open(path, encoding='utf-8').read()
    found = []
    if not text.startswith('#'):
        found.append('does not start with a one-line comment saying what it checks')
    if '/syntax/' in path:
        return found
    tree = ast.parse(text, path)
    defined = {node.id for node in ast.walk(tree)
               if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)}
    defined |= {node.name for node in ast.walk(tree)
                if isinstance(node, (ast.FunctionDef, ast.ClassDef))}
    defined |= {arg.arg for node in ast.walk(tree) if isinstance(node, ast.arguments)
                for arg in node.args + node.kwonlyargs + node.posonlyargs}
    imported = set()
    for node in ast.walk(tree):
        where = f'line {getattr(node, "lineno", "?")}'
        if isinstance(node, FORBIDDEN_NODES):
            found.append(f'{where}: {type(node).__name__} is outside the subset')
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name not in MODULES:
                    found.append(f'{where}: import {alias.name}')
                imported.add(alias.asname or alias.name)
        elif isinstance(node, ast.ImportFrom):
            allowed = MODULES.get(node.module or '')
            for alias in node.names:
                if allowed is None or alias.name not in allowed:
                    found.append(f'{where}: from {node.module} import {alias.name}')
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            module = node.value.id
            if module in MODULES and module in imported and node.attr not in MODULES[module]:
                found.append(f'{where}: {module}.{node.attr} is outside the subset')
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            name = node.id
            if (hasattr(builtins, name) and name not in BUILTINS and name not in EXCEPTIONS
                    and name not in defined and not name.startswith('__')):
                found.append(f'{where}: builtin {name} is outside the subset')
    if re.search(r'\{[^{}\n]*=\s*(![rsa])?(:[^{}]*)?\}', text) and re.search(r'f["\']', text):
        for match in re.finditer(r'f(["\']).*?\1', text):
            if re.search(r'\{[^{}]*[^=!<>]=\s*(![rsa])?(:[^{}]*)?\}', match.group(0)):
                found.append(f'f-string with "=": {match.group(0)[:40]}')
    return found


report = {}
for path in json.load(sys.stdin):
    try:
        problems = problems_of(path)
    except SyntaxError as error:
        problems = [f'does not compile: {error}']
    if problems:
        report[path] = problems
print(json.dumps(report))
