# The main module's own globals (__file__, __name__, ...) are candidates too
print(__name__)
print(__nme__)
