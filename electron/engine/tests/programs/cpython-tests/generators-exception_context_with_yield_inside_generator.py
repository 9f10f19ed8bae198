# test_generators.py GeneratorThrowTest.test_exception_context_with_yield_inside_generator: the test body as a function, printing what it asserts
import sys, gc, weakref
def test_exception_context_with_yield_inside_generator():

    def f():
        try:
            raise KeyError('a')
        except Exception:
            try:
                yield
            except Exception as exc:
                print(type(exc))
                context = exc.__context__
                print((type(context), context.args))
                yield 'b'
    gen = f()
    gen.send(None)
    actual = gen.throw(ValueError)
    print(actual)
test_exception_context_with_yield_inside_generator()
