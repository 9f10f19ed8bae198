"""A Python Tutor-style tracer: at every line/call/return event, walk the frame stack and encode
the whole heap reachable from frames and globals (as Python Tutor's pg_logger/pg_encoder do).
Usage: python3 tutor_tracer.py FILE.py [SECONDS_CAP] -> prints JSON {steps, seconds, objects, capped}.
The program's own output is discarded; the timed part is the traced run plus serializing the
kept trace to JSON, as Python Tutor's backend does before sending it to the browser."""
import io
import json
import sys
import time
import types

SKIP_GLOBALS = {'__name__', '__doc__', '__builtins__', '__loader__', '__spec__', '__package__', '__file__', '__cached__', '__annotations__'}


class Encoder:
    def __init__(self):
        self.heap = {}

    def encode(self, v):
        if v is None or isinstance(v, (bool, int, float)):
            return v if not isinstance(v, float) or v == v else repr(v)
        if isinstance(v, str):
            return v
        key = id(v)
        if key in self.heap:
            return ['REF', key]
        entry = []
        self.heap[key] = entry
        if isinstance(v, (list, tuple, set, frozenset)):
            entry.append(type(v).__name__.upper())
            for x in v:
                entry.append(self.encode(x))
        elif isinstance(v, dict):
            entry.append('DICT')
            for k, x in v.items():
                entry.append([self.encode(k), self.encode(x)])
        elif isinstance(v, (types.FunctionType, types.BuiltinFunctionType, types.ModuleType, type)):
            entry.extend(['OPAQUE', getattr(v, '__name__', '?')])
        elif hasattr(v, '__dict__'):
            entry.extend(['INSTANCE', type(v).__name__])
            for k, x in vars(v).items():
                entry.append([k, self.encode(x)])
        else:
            entry.extend(['OTHER', type(v).__name__])
        return ['REF', key]


class TimeCap(Exception):
    pass


class Tracer:
    def __init__(self, filename):
        self.filename = filename
        self.steps = 0
        self.objects = 0
        self.deadline = None
        self.capped = False
        self.trace = []

    def snapshot(self, frame, event):
        enc = Encoder()
        frames = []
        f = frame
        while f is not None and f.f_code.co_filename == self.filename:
            if f.f_code.co_name == '<module>':
                names = {k: enc.encode(v) for k, v in f.f_globals.items() if k not in SKIP_GLOBALS}
            else:
                names = {k: enc.encode(v) for k, v in f.f_locals.items()}
            frames.append((f.f_code.co_name, f.f_lineno, names))
            f = f.f_back
        self.steps += 1
        self.objects += len(enc.heap)
        # like Python Tutor's pg_logger, every step's entry is kept, and the whole trace is
        # serialized to JSON at the end (that is what its front end receives)
        self.trace.append({'event': event, 'line': frame.f_lineno, 'stack': frames, 'heap': enc.heap})
        if self.deadline is not None and self.steps % 256 == 0 and time.perf_counter() > self.deadline:
            self.capped = True
            raise TimeCap()

    def __call__(self, frame, event, arg):
        if frame.f_code.co_filename != self.filename:
            return None
        if event in ('line', 'call', 'return', 'exception'):
            self.snapshot(frame, event)
        return self


def main():
    path = sys.argv[1]
    with open(path) as fh:
        source = fh.read()
    code = compile(source, path, 'exec')
    tracer = Tracer(path)
    cap = float(sys.argv[2]) if len(sys.argv) > 2 else None
    real_stdout = sys.stdout
    sys.stdout = io.StringIO()
    start = time.perf_counter()
    if cap is not None:
        tracer.deadline = start + cap
    sys.settrace(tracer)
    try:
        exec(code, {'__name__': '__main__'})
    except TimeCap:
        pass
    finally:
        sys.settrace(None)
        sys.stdout = real_stdout
    json.dumps(tracer.trace)
    seconds = time.perf_counter() - start
    print(json.dumps({'steps': tracer.steps, 'seconds': seconds, 'objects': tracer.objects, 'capped': tracer.capped}))


if __name__ == '__main__':
    main()
