# The innermost frame's locals are searched before globals and builtins for the suggestion
counter = 0
def tally(items):
    total_count = 0
    for item in items:
        total_count += item
    return total_cont
print(tally([1, 2]))
