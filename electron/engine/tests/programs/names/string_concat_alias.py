# += on a string rebinds only the left name
greeting = 'hi'
other = greeting
greeting += ' there'
print(greeting)
print(other)
print(greeting == other)
