# escapes in repr: newline, tab, control chars, non-printables
for s in ['a\nb', 'tab\there', 'bell\x07', 'nul\x00', 'cr\r', 'del\x7f', '\x1b[0m']:
    print(repr(s))
print(len('a\nb'), len('\x00'))
