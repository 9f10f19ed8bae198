# several if clauses are and-ed
print([n for n in range(50) if n % 2 == 0 if n % 3 == 0])
print([(a, b) for a in range(4) if a for b in range(4) if b > a])
