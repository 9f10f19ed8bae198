# nonlocal reaches the nearest enclosing function scope
def outer():
    x = 'outer'
    def middle():
        x = 'middle'
        def inner():
            nonlocal x
            x = 'inner'
        inner()
        print('middle sees', x)
    middle()
    print('outer sees', x)
outer()
