# ascii strings: 49 bytes of header plus one byte per character
import sys
for s in ['', 'a', 'ab', 'hello', 'hello world', 'x' * 100]:
    print(len(s), sys.getsizeof(s))
