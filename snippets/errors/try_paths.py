# --8<-- [start:paths]
def attempt(value):
    try:
        print("  try")
        number = int(value)
    except ValueError:
        print("  except: not a number")
    else:
        print(f"  else: got {number}")  # only when try raised nothing
    finally:
        print("  finally")  # always, on every path


for value in ("42", "abc"):
    print(f"attempt({value!r})")
    attempt(value)
#> attempt('42')
#>   try
#>   else: got 42
#>   finally
#> attempt('abc')
#>   try
#>   except: not a number
#>   finally
# --8<-- [end:paths]


# --8<-- [start:uncaught-and-return]
def uncaught():
    try:
        return {}["missing"]  # KeyError: no handler here
    except ValueError:
        print("never: wrong type")
    finally:
        print("finally runs before the KeyError leaves")


def early_return():
    try:
        return "from try"
    finally:
        print("finally runs before the return completes")


try:
    uncaught()
except KeyError as error:
    print("caller got KeyError", error)
#> finally runs before the KeyError leaves
#> caller got KeyError 'missing'
print(early_return())
#> finally runs before the return completes
#> from try
# --8<-- [end:uncaught-and-return]


# --8<-- [start:else-scope-broken]
import json


def load_port(text):
    try:
        config = json.loads(text)
        return int(config["port"])  # its ValueError reaches the handler too
    except ValueError:
        return "invalid JSON"


print(load_port('{"port": "8080"}'), "|", load_port("{oops"))
#> 8080 | invalid JSON
print(load_port('{"port": "x"}'))  # the JSON is valid: only the port is wrong
#> invalid JSON
# --8<-- [end:else-scope-broken]


# --8<-- [start:else-scope-fixed]
import json


def load_port(text):
    try:
        config = json.loads(text)  # only the call whose error this handler is for
    except ValueError:
        return "invalid JSON"
    else:
        return int(config["port"])  # a bad port is not invalid JSON: it propagates


print(load_port('{"port": "8080"}'), "|", load_port("{oops"))
#> 8080 | invalid JSON
try:
    load_port('{"port": "x"}')
except ValueError as error:
    print("bad port:", error)
#> bad port: invalid literal for int() with base 10: 'x'
# --8<-- [end:else-scope-fixed]


# --8<-- [start:finally-overrides]
import warnings

SOURCE = """
def answer():
    try:
        return "from try"
    finally:
        return "from finally"  # replaces the value the try block returned
"""
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    code = compile(SOURCE, "<answer>", "exec")  # PEP 765: the compiler warns (3.14+)
for warning in caught:
    print(f"{warning.category.__name__}: {warning.message}")
#>[>=3.14] SyntaxWarning: 'return' in a 'finally' block
namespace = {}
exec(code, namespace)
print(namespace["answer"]())
#> from finally
# --8<-- [end:finally-overrides]
