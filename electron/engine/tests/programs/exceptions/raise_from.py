# raise from sets __cause__
class ConfigError(Exception):
    pass
def load():
    try:
        {}['port']
    except KeyError as e:
        raise ConfigError('no port') from e
try:
    load()
except ConfigError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
