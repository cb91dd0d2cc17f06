# Quiz: core language fundamentals (hooks/quiz.py renders it on core-fundamentals.md).
# Each section is one "what does this print?" question; the `# quiz:` block above it
# names the question it tests, the wrong answers and why the right one is right.

# quiz:
#   tests: scope-rules
#   wrong:
#     - "[0, 1, 2]"
#     - "[0, 0, 0]"
#     - "NameError: name 'i' is not defined"
#   why: >-
#     Each lambda closes over the variable `i`, not its value at creation time, and
#     looks it up only when called: by then the loop has left `i` at 2.
# --8<-- [start:late-binding]
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
#> [2, 2, 2]
# --8<-- [end:late-binding]

# quiz:
#   tests: scope-rules
#   wrong: ["1", "0", "NameError"]
#   why: >-
#     The assignment in `count += 1` makes `count` local to the whole function, so
#     reading it first raises `UnboundLocalError`, a subclass of `NameError`.
# --8<-- [start:unbound-local]
count = 0


def bump():
    count += 1
    return count


try:
    print(bump())
except NameError as error:
    print(type(error).__name__)
#> UnboundLocalError
# --8<-- [end:unbound-local]


# quiz:
#   tests: scope-rules
#   wrong: ["outer global", "inner inner", "outer inner"]
#   why: >-
#     `nonlocal x` makes the assignment in `inner` rebind the `x` of `outer`; the
#     module-level `x` is a different variable and keeps its value.
# --8<-- [start:nonlocal]
def outer():
    x = "outer"

    def inner():
        nonlocal x
        x = "inner"

    inner()
    return x


x = "global"
print(outer(), x)
#> inner global
# --8<-- [end:nonlocal]


# quiz:
#   tests: mutable-defaults
#   wrong:
#     - "[1]\n[2]\n[3]\n[4]"
#     - "[1]\n[1, 2]\n[1, 2, 3]\n[1, 2, 3, 4]"
#     - "[1]\n[1, 2]\n[3]\n[4]"
#   why: >-
#     The default list is built once, when `def` runs, and every call that omits
#     `bucket` appends to that same list; the call that passes `[]` uses its own.
# --8<-- [start:shared-default]
def add(item, bucket=[]):
    bucket.append(item)
    return bucket


print(add(1))
#> [1]
print(add(2))
#> [1, 2]
print(add(3, []))
#> [3]
print(add(4))
#> [1, 2, 4]
# --8<-- [end:shared-default]

# quiz:
#   tests: equality-vs-identity
#   wrong: ["True True True", "False False True", "True False False"]
#   why: >-
#     `list(a)` builds a new list with equal items, so `==` is true and `is` is false;
#     `b = a` binds a second name to the same object.
# --8<-- [start:copy-identity]
a = [1, 2, 3]
b = a
c = list(a)
print(a == c, a is c, a is b)
#> True False True
# --8<-- [end:copy-identity]


# quiz:
#   tests: names-and-types
#   wrong: ["4", "TypeError", "ab2"]
#   why: >-
#     Annotations are not checked at run time: `"ab" * 2` is valid Python, so the call
#     works. Only a static checker such as mypy reports the mismatch.
# --8<-- [start:hints-not-enforced]
def double(n: int) -> int:
    return n * 2


print(double("ab"))
#> abab
# --8<-- [end:hints-not-enforced]
