# test_generators.py GeneratorTest.test_send_non_none_to_new_gen: the test body as a function, printing what it asserts
import sys, gc, weakref
def test_send_non_none_to_new_gen():

    def f():
        yield 1
    g = f()
    try:
        g.send(0)
        print('no exception')
    except TypeError as error:
        print(type(error).__name__)
    print(next(g))
test_send_non_none_to_new_gen()
