# 2-byte and 4-byte strings
import sys
for s in ['€', 'a€', 'Ω' * 5, '日本語', '😀', 'a😀', '😀' * 4]:
    print(len(s), sys.getsizeof(s))
