# custom exception classes with messages and extra state
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__('missing ' + repr(key))
        self.key = key
try:
    raise NotFound('id7')
except AppError as e:
    print(type(e).__name__, e, e.key, e.args)
try:
    raise AppError
except AppError as e:
    print(repr(str(e)), e.args)
