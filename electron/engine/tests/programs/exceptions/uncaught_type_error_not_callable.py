# calling a non-callable
x = 5
x()
