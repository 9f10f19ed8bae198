# a while loop summing digits
n = 9876543210
total = 0
while n:
    total += n % 10
    n //= 10
print(total)
