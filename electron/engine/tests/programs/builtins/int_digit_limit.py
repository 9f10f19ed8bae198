# str()/repr()/print of an int past 4300 digits raise a catchable ValueError (long_to_decimal_string_internal, PyLong_FromString)
import sys
big = 10 ** 4300
print(len(str(10 ** 4299)))
for f in (str, repr):
    try:
        f(big)
    except ValueError as e:
        print(f.__name__, e)
try:
    print('never', big)
except ValueError as e:
    print('print:', e)
try:
    print(f'{-big}')
except ValueError as e:
    print('f-string:', e)
try:
    print('%d' % big)
except ValueError as e:
    print('percent:', e)
try:
    print([1, big])
except ValueError as e:
    print('list repr:', e)
print(hex(big)[:10], len(bin(big)))
for text in ('9' * 4300, '9' * 4301, '-' + '1' * 5000, '1' * 5000):
    try:
        print(len(str(int(text))))
    except ValueError as e:
        print(e)
print(int('f' * 5000, 16) % 1000)
print(big % 997, (big + 1) // 10 ** 4290)
