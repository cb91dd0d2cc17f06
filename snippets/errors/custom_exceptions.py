# --8<-- [start:hierarchy]
class PaymentError(Exception):
    """Base class: callers can catch every error of this library with one clause."""


class CardDeclined(PaymentError):
    def __init__(self, reason, *, retry_after=None):
        super().__init__(reason)
        self.reason = reason  # data the caller can act on, not just a message
        self.retry_after = retry_after


class GatewayTimeout(PaymentError, TimeoutError):  # also a built-in category
    pass


def charge(amount):
    if amount > 100:
        raise CardDeclined("limit exceeded", retry_after=60)
    raise GatewayTimeout("no answer in 5 s")


for amount in (500, 50):
    try:
        charge(amount)
    except CardDeclined as error:
        print(f"declined: {error.reason}, retry in {error.retry_after} s")
    except PaymentError as error:
        timeout = isinstance(error, TimeoutError)
        print(f"{type(error).__name__}: {error} (a TimeoutError: {timeout})")
#> declined: limit exceeded, retry in 60 s
#> GatewayTimeout: no answer in 5 s (a TimeoutError: True)
# --8<-- [end:hierarchy]


# --8<-- [start:pickle-broken]
import pickle


class HTTPError(Exception):
    def __init__(self, status, url):
        super().__init__(f"{status} for {url}")  # args becomes one string
        self.status, self.url = status, url


error = HTTPError(404, "/users/7")
print(error)
#> 404 for /users/7
try:
    pickle.loads(pickle.dumps(error))  # what multiprocessing does to send it back
except TypeError as problem:
    print("TypeError:", problem)
#> TypeError: HTTPError.__init__() missing 1 required positional argument: 'url'
# --8<-- [end:pickle-broken]


# --8<-- [start:pickle-fixed]
import pickle


class HTTPError(Exception):
    def __init__(self, status, url):
        super().__init__(status, url)  # args holds what __init__ needs again
        self.status, self.url = status, url

    def __str__(self):
        return f"{self.status} for {self.url}"


error = HTTPError(404, "/users/7")
print(error)
#> 404 for /users/7
try:
    copy = pickle.loads(pickle.dumps(error))
    print(repr(copy), copy.status)
except TypeError as problem:
    print("TypeError:", problem)
#> HTTPError(404, '/users/7') 404
# --8<-- [end:pickle-fixed]


# --8<-- [start:translate-at-boundary]
import sqlite3


class UserExists(Exception):
    pass


def add_user(db, name):
    try:
        with db:
            db.execute("INSERT INTO users (name) VALUES (?)", (name,))
    except sqlite3.IntegrityError as error:  # the storage layer's own error ...
        raise UserExists(name) from error  # ... becomes the library's, chained


db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE users (name TEXT PRIMARY KEY)")
add_user(db, "ada")
try:
    add_user(db, "ada")
except UserExists as error:
    print(f"{error!r} caused by {type(error.__cause__).__name__}")
#> UserExists('ada') caused by IntegrityError
# --8<-- [end:translate-at-boundary]
