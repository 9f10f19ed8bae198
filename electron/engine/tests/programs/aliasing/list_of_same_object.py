# appending the same list three times stores three references to one object
row = [0]
rows = []
for i in range(3):
    rows.append(row)
rows[0][0] = 5
print(rows)
print(rows[0] is rows[2])
