# subscripting an int
n = 5
n[0]
