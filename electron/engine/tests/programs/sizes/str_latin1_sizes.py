# latin-1 strings that are not ascii have a larger header
import sys
for s in ['é', 'café', 'ÿÿÿ', 'Ü' * 10]:
    print(len(s), sys.getsizeof(s))
