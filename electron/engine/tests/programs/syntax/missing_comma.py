# two expressions side by side in a list
x = [1 2]
