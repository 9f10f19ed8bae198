# `del` of an unknown name raises the NameError that suggestions also apply to
numbers = [1, 2]
del numbers
total = 0
del totl
