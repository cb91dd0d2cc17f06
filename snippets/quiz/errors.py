# Quiz: errors and exceptions (hooks/quiz.py renders it on errors.md).

# quiz:
#   tests: try-except-finally
#   wrong: ["try", "try else", "try finally"]
#   why: >-
#     No exception, so `else` runs; `finally` runs on every path, last.
# --8<-- [start:clause-order]
try:
    print("try", end=" ")
except ValueError:
    print("except", end=" ")
else:
    print("else", end=" ")
finally:
    print("finally")
#> try else finally
# --8<-- [end:clause-order]


# quiz:
#   tests: exception-hierarchy
#   wrong: ["True True", "False False", "True False"]
#   why: >-
#     `SystemExit` derives from `BaseException` directly, so `except Exception` lets it
#     through; `KeyError` is an `Exception` (through `LookupError`).
# --8<-- [start:systemexit-not-exception]
print(issubclass(SystemExit, Exception), issubclass(KeyError, Exception))
#> False True
# --8<-- [end:systemexit-not-exception]


# quiz:
#   tests: exception-chaining
#   wrong: ["None None", "KeyError None", "None KeyError"]
#   why: >-
#     `raise ... from error` sets `__cause__`, and raising inside the handler sets
#     `__context__` too: both are the `KeyError`.
# --8<-- [start:cause-and-context]
try:
    try:
        {}["key"]
    except KeyError as error:
        raise ValueError("bad") from error
except ValueError as outer:
    print(type(outer.__cause__).__name__, type(outer.__context__).__name__)
#> KeyError KeyError
# --8<-- [end:cause-and-context]


# quiz:
#   tests: exception-groups
#   wrong: ["value", "type", "value\ntype\nescaped"]
#   why: >-
#     Every `except*` clause whose type matches runs, each with its part of the group;
#     nothing is left to escape.
# --8<-- [start:both-clauses]
try:
    raise ExceptionGroup("two", [ValueError(), TypeError()])
except* ValueError:
    print("value")
except* TypeError:
    print("type")
#> value
#> type
# --8<-- [end:both-clauses]


# quiz:
#   tests: custom-exceptions
#   wrong: ["('404 for /x',)", "()", "('/x',)"]
#   why: >-
#     `args` holds what was passed to `BaseException.__init__`, here both values, which
#     is what lets the exception be pickled and rebuilt.
# --8<-- [start:args]
class HTTPError(Exception):
    def __init__(self, status, url):
        super().__init__(status, url)
        self.status, self.url = status, url


print(HTTPError(404, "/x").args)
#> (404, '/x')
# --8<-- [end:args]


# quiz:
#   tests: assert-warnings-logging
#   wrong: ["AssertionError", "0", "SyntaxError"]
#   why: >-
#     With optimisation level 1 (`python -O`) the compiler drops `assert` statements,
#     so the check never runs.
# --8<-- [start:optimized-assert]
code = compile("assert 1 == 2, 'never'\nprint('ran')", "<demo>", "exec", optimize=1)
exec(code)
#> ran
# --8<-- [end:optimized-assert]
