# getattr default and hasattr on builtins
print(hasattr([], 'append'), hasattr([], 'push'), hasattr('s', 'upper'))
print(getattr([], 'nothing', 'fallback'))
f = getattr('abc', 'upper')
print(f())
