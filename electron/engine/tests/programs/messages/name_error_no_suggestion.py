# Nothing close enough: the NameError line has no "Did you mean" trailer
alpha = 1
print(zzqx)
