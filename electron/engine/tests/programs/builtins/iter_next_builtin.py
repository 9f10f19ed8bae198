# iter and next with a default
it = iter('ab')
print(next(it), next(it), next(it, None), next(it, 'done'))
