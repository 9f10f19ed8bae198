# adding str and int
s = 'n=' + 5
