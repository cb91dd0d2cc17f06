# --8<-- [start:eq-vs-is]
a = [1, 2, 3]
b = [1, 2, 3]  # a second list with equal contents
c = a  # a second name for the first list

print(a == b, a is b)
#> True False
print(a == c, a is c)
#> True True
print(id(a) == id(c), id(a) == id(b))
#> True False
print(id(a))  # in CPython: the object's memory address
#> <varies>

c.append(4)
print(a, b)
#> [1, 2, 3, 4] [1, 2, 3]
# --8<-- [end:eq-vs-is]


# --8<-- [start:custom-eq]
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents


class Plain:
    pass


print(Money(500) == Money(500), Money(500) is Money(500))
#> True False
print(Money(500) != Money(700))  # != inverts __eq__ unless __ne__ is defined
#> True
print(Money(500) == 500)  # NotImplemented on both sides: falls back to identity
#> False
p = Plain()
same = p
print(p == Plain(), p == same)  # the inherited object.__eq__ compares identity
#> False True
print(Money.__hash__)  # defining __eq__ alone sets __hash__ to None
#> None
# --8<-- [end:custom-eq]

# --8<-- [start:is-none]
import operator


class EqualsEverything:
    def __eq__(self, other):
        return True


probe = EqualsEverything()
print(operator.eq(probe, None))  # what `probe == None` evaluates to
#> True
print(probe is None)
#> False
# --8<-- [end:is-none]

# --8<-- [start:small-ints]
for text in ("256", "257", "-5", "-6"):
    first, second = int(text), int(text)  # built at run time, not constants
    print(text, first == second, first is second)
#> 256 True True
#> 257 True False
#> -5 True True
#> -6 True False
# --8<-- [end:small-ints]

# --8<-- [start:constant-folding]
x = 257
y = 257  # same code object, so the compiler stores one constant for both
print(x is y)
#> True
print(x is int("257"))  # a fresh object made at run time
#> False
# --8<-- [end:constant-folding]

# --8<-- [start:interning]
import sys

literal = "hello_world"
built = "HELLO_WORLD".lower()  # made at run time
print(literal == built, literal is built)
#> True False
print(sys.intern(built) is sys.intern(literal))
#> True
# --8<-- [end:interning]

# --8<-- [start:is-literal-warning]
import warnings

for source in ("x is 'a'", "x is ()", "x is not 1", "x is None"):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(source, "<demo>", "eval")  # compiled, never run
    for w in caught:
        print(f"{source} -> {w.category.__name__}: {w.message}")
    if not caught:
        print(f"{source} -> no warning")
#>[3.11] x is 'a' -> SyntaxWarning: "is" with a literal. Did you mean "=="?
#>[3.11] x is () -> SyntaxWarning: "is" with a literal. Did you mean "=="?
#>[3.11] x is not 1 -> SyntaxWarning: "is not" with a literal. Did you mean "!="?
#>[>=3.12] x is 'a' -> SyntaxWarning: "is" with 'str' literal. Did you mean "=="?
#>[>=3.12] x is () -> SyntaxWarning: "is" with 'tuple' literal. Did you mean "=="?
#>[>=3.12] x is not 1 -> SyntaxWarning: "is not" with 'int' literal. Did you mean "!="?
#> x is None -> no warning
# --8<-- [end:is-literal-warning]

# --8<-- [start:nan]
import math

nan = float("nan")
alias = nan
print(nan == alias, nan is alias)  # one object, yet not equal to itself
#> False True
print(nan in [nan], [nan] == [nan])  # containers check identity first
#> True True
other = float("nan")
print(other in [nan])  # a different NaN object: only == is left, and it says no
#> False
print(math.isnan(nan))
#> True
# --8<-- [end:nan]
