# generator sizes follow co_stacksize, including exception handlers
import sys
def g1():
    try:
        yield 1
    except ValueError:
        pass
def g2():
    for x in [1]:
        try:
            yield x
        finally:
            pass
def g3():
    try:
        yield
    except (ValueError, TypeError) as e:
        print(e)
def g4():
    with_ = 1
    yield with_
def g5(n):
    for i in range(n):
        for j in range(n):
            yield i, j
def g6():
    try:
        try:
            yield 1
        except ValueError:
            yield 2
    finally:
        yield 3
def g7():
    try:
        yield 1
    except ValueError as e:
        yield e
def g8(a, b):
    try:
        yield a
    except Exception as err:
        yield (a, b, err)
    else:
        yield b
def g9():
    for a in [1]:
        for b in [2]:
            try:
                yield a + b
            except KeyError as k:
                yield k
def g10():
    try:
        yield 1
    finally:
        print('done', 1, 2)
def g11():
    x = [1, 2, 3]
    try:
        yield x[0]
    except IndexError:
        raise
    except KeyError as e:
        raise ValueError('bad') from e
for g in (g1, g2, g3, g4, g6, g7, g9, g10, g11):
    print(g.__name__, sys.getsizeof(g()))
print('g5', sys.getsizeof(g5(2)))
print('g8', sys.getsizeof(g8(1, 2)))
print('genexp', sys.getsizeof(x for x in [1]))
print('genexp2', sys.getsizeof((x, y) for x in [1] for y in [2]))
