# printable unicode stays as is in repr
for s in ['café', 'naïve', '日本語', 'Ω', '😀', '\u200b', '\xa0', '\u2028']:
    print(repr(s), len(s))
