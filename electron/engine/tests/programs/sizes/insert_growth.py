# insert grows a list exactly like append
import sys
a = []
for i in range(12):
    a.insert(0, i)
    print(len(a), sys.getsizeof(a))
