# A global defined earlier is suggested for a misspelt name at module level; case flips cost less
Result = 10
def show():
    return result
print(show())
