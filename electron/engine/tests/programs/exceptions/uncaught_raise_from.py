# an uncaught raise from: the last line is the new exception
try:
    int('q')
except ValueError as e:
    raise RuntimeError('conversion failed') from e
