# test_generators.py GeneratorThrowTest.test_exception_context_with_yield_from_with_context_cycle: the test body as a function, printing what it asserts
import sys, gc, weakref
def test_exception_context_with_yield_from_with_context_cycle():
    has_cycle = None

    def f():
        yield

    def g(exc):
        nonlocal has_cycle
        try:
            raise exc
        except Exception:
            try:
                yield from f()
            except Exception as exc:
                has_cycle = exc is exc.__context__
        yield
    exc = KeyError('a')
    gen = g(exc)
    gen.send(None)
    gen.throw(exc)
    print(has_cycle)
test_exception_context_with_yield_from_with_context_cycle()
