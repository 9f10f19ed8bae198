# a missing method on a builtin type
lst = [1]
lst.push(2)
