# --8<-- [start:assert-stripped]
SOURCE = """
def withdraw(balance, amount):
    assert amount <= balance, "insufficient funds"
    return balance - amount

print(withdraw(10, 50))
"""
for optimize in (0, 1):  # optimize=1 is what `python -O` uses for every module
    try:
        exec(compile(SOURCE, "<bank>", "exec", optimize=optimize), {})
    except AssertionError as error:
        print(f"optimize={optimize}: AssertionError: {error}")
#> optimize=0: AssertionError: insufficient funds
#> -40
# --8<-- [end:assert-stripped]


# --8<-- [start:validate-with-raise]
def withdraw(balance, amount):
    if amount > balance:  # a check the program relies on: an if and a raise
        raise ValueError(f"insufficient funds: {balance} < {amount}")
    return balance - amount


try:
    withdraw(10, 50)
except ValueError as error:
    print(error)
#> insufficient funds: 10 < 50
# --8<-- [end:validate-with-raise]


# --8<-- [start:warnings-filters]
import warnings


def old_api():
    warnings.warn("old_api() is deprecated; use new_api()", DeprecationWarning, 2)
    return 1


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")  # record every warning, even repeats
    old_api()
    old_api()
print(len(caught), caught[0].category.__name__, caught[0].message)
#> 2 DeprecationWarning old_api() is deprecated; use new_api()

with warnings.catch_warnings():
    warnings.simplefilter("error", DeprecationWarning)  # like -W error, in tests
    try:
        old_api()
    except DeprecationWarning as error:
        print("raised:", error)
#> raised: old_api() is deprecated; use new_api()
# --8<-- [end:warnings-filters]


# --8<-- [start:log-broken]
import io
import logging

stream = io.StringIO()
log = logging.getLogger("orders")
log.addHandler(logging.StreamHandler(stream))
log.propagate = False

try:
    {"id": 7}["total"]
except KeyError as error:
    log.error("order failed: %s", error)  # only the message: where did it happen?

text = stream.getvalue()
print(text.splitlines()[0], "| traceback logged:", "Traceback" in text)
#> order failed: 'total' | traceback logged: False
# --8<-- [end:log-broken]


# --8<-- [start:log-fixed]
import io
import logging

stream = io.StringIO()
log = logging.getLogger("orders")
log.addHandler(logging.StreamHandler(stream))
log.propagate = False

try:
    {"id": 7}["total"]
except KeyError:
    log.exception("order failed")  # ERROR level, plus the traceback

text = stream.getvalue()
print(text.splitlines()[0], "| traceback logged:", "Traceback" in text)
#> order failed | traceback logged: True
print(text.splitlines()[-1])
#> KeyError: 'total'
# --8<-- [end:log-fixed]
