# [{}]*2 shares a dict
cells = [{}] * 2
cells[0]['k'] = 1
print(cells)
cells = [{} for _ in range(2)]
cells[0]['k'] = 1
print(cells)
