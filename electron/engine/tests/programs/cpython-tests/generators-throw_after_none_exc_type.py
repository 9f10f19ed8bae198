# test_generators.py GeneratorThrowTest.test_throw_after_none_exc_type: the test body as a function, printing what it asserts
import sys, gc, weakref
def test_throw_after_none_exc_type():

    def g():
        try:
            raise KeyError
        except KeyError:
            pass
        try:
            yield
        except Exception:
            raise RuntimeError
    gen = g()
    gen.send(None)
    try:
        gen.throw(ValueError)
        print('no exception')
    except RuntimeError as error:
        print(type(error).__name__)
test_throw_after_none_exc_type()
