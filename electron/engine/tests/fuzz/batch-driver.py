# Runs many programs as `python3 FILE.py` would, in one python3 process: for each program it
# forks a child that makes a fresh __main__ module, sets the collector's counts to a fresh
# interpreter's (measured once), runs the file, and exits through normal interpreter shutdown
# (so __del__ at exit and the exit status are CPython's own). Imports nothing a program might
# import for the first time (copy), so the child's allocation counts match a fresh run's.
#   python3 batch-driver.py OUT_DIR FRESH_COUNTS < files   (one path per line)
# Writes OUT_DIR/N.out and OUT_DIR/N.err for the Nth file; prints "N STATUS" per file.
import gc
import os
import sys

OUT_DIR = sys.argv[1]
# the collector's counts when a fresh run's first statement starts, less what compiling the
# file allocated (generation 0) and less this driver's own overhead: calibrated by batch.ts
START = [int(n) for n in sys.argv[2].split(',')]
ALARM_SECONDS = 10


def run_child(index, path):
    fd_out = os.open(os.path.join(OUT_DIR, f'{index}.out'), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    fd_err = os.open(os.path.join(OUT_DIR, f'{index}.err'), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    os.dup2(fd_out, 1)
    os.dup2(fd_err, 2)
    os.close(fd_out)
    os.close(fd_err)
    import _signal
    _signal.alarm(ALARM_SECONDS)
    os.chdir(os.path.dirname(path) or '.')
    sys.argv[:] = [path]
    sys.path[0] = os.path.dirname(path)
    with open(path, encoding='utf-8') as handle:
        source = handle.read()
    # as _PyRun_SimpleFileObject: __main__ exists, with __file__, before the file is compiled
    module = type(sys)('__main__')
    namespace = module.__dict__
    namespace['__annotations__'] = {}
    namespace['__builtins__'] = __builtins__
    namespace['__file__'] = path
    namespace['__cached__'] = None
    sys.modules['__main__'] = module
    del module
    gc.collect()
    for _ in range(START[2]):
        gc.collect(1)
    for _ in range(START[1]):
        gc.collect(0)
    padding = [[] for _ in range(START[0])]
    status = 0
    try:
        # (a fresh run's parser arena also holds each literal until the module finishes, so a
        # constant's count can be one lower here: run.ts confirms differences by a fresh run)
        code = compile(source, path, 'exec')
    except SyntaxError:
        sys.excepthook(*sys.exc_info())
        status = 1
        code = None
    if code is not None:
        try:
            exec(code, namespace)
        except SystemExit:
            raise
        except BaseException:
            # PyErr_Print keeps the exception as sys.last_value: its frames live until shutdown
            kind, value, traceback = sys.exc_info()
            sys.last_type, sys.last_value, sys.last_traceback = kind, value, traceback.tb_next
            sys.excepthook(kind, value, traceback)
            del kind, value, traceback
            status = 1
    del namespace, code
    raise SystemExit(status)


def main():
    gc.collect()
    index = 0
    for line in sys.stdin:
        path = line.rstrip('\n')
        if not path:
            continue
        sys.stdout.flush()
        gc.freeze()
        pid = os.fork()
        if pid == 0:
            run_child(index, path)
        _, wait_status = os.waitpid(pid, 0)
        status = os.waitstatus_to_exitcode(wait_status)
        print(index, status if status >= 0 else -1, flush=True)
        index += 1


main()
