# A module attribute typo: dir(sys) is CPython's, so the suggestion is too
import sys
print(sys.getrefcont([]))
