# the first matching except clause handles the exception
def classify(action):
    try:
        action()
    except (KeyError, IndexError) as e:
        return 'lookup: ' + type(e).__name__
    except ArithmeticError:
        return 'arithmetic'
    except Exception as e:
        return 'other: ' + type(e).__name__
    return 'ok'
print(classify(lambda: [][1]))
print(classify(lambda: {}['k']))
print(classify(lambda: 1 / 0))
print(classify(lambda: int('x')))
print(classify(lambda: 1))
