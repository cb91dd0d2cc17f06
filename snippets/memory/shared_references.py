# --8<-- [start:refcount]
import sys

scores = [90, 85, 77]
# getrefcount's own argument adds a temporary reference, so compare counts.
before = sys.getrefcount(scores)
alias = scores  # a second name: no copy, one more reference
print(sys.getrefcount(scores) - before)
#> 1
report = {"a": scores, "b": scores}  # each container slot is a reference too
print(sys.getrefcount(scores) - before)
#> 3
del alias, report
print(sys.getrefcount(scores) - before)
#> 0
# --8<-- [end:refcount]

# --8<-- [start:refcount-versions]
import sys

before = sys.getrefcount(None)
nothing = None  # None is immortal since 3.12 (PEP 683): its count never moves
print(sys.getrefcount(None) - before)
#>[3.11] 1
#>[>=3.12] 0

scores = [90, 85, 77]
outside = sys.getrefcount(scores)


def count_inside(obj):
    return sys.getrefcount(obj)


# Up to 3.13, reading the parameter pushes a new reference; 3.14 "borrows" it.
print(count_inside(scores) - outside)
#>[<=3.13] 1
#>[>=3.14] 0
# --8<-- [end:refcount-versions]

# --8<-- [start:identity]
first = [1, 2, 3]
second = first  # the same object under two names
third = [1, 2, 3]  # an equal but separate object
print(id(first) == id(second), first is second)
#> True True
print(first == third, first is third)
#> True False
second.append(4)  # a change through one name shows through the other
print(first)
#> [1, 2, 3, 4]
print(third)
#> [1, 2, 3]
# --8<-- [end:identity]

# --8<-- [start:aliasing-bugs]
board = [[0] * 3] * 3  # three references to ONE inner list
board[0][0] = "X"
print(board)
#> [['X', 0, 0], ['X', 0, 0], ['X', 0, 0]]
print(len({id(row) for row in board}))
#> 1

board = [[0] * 3 for _ in range(3)]  # a new inner list per row
board[0][0] = "X"
print(board)
#> [['X', 0, 0], [0, 0, 0], [0, 0, 0]]

left = right = []  # chained assignment binds both names to one list
left.append("oops")
print(right)
#> ['oops']


def add_discount(prices):
    prices.append(-5)  # mutates the caller's list
    prices = [0]  # rebinding the parameter does not touch the caller
    return prices


cart = [20, 30]
print(add_discount(cart), cart)
#> [0] [20, 30, -5]
# --8<-- [end:aliasing-bugs]

# --8<-- [start:immutable-rebinding]
count = 10
snapshot = count
before = id(count)
count += 1  # ints are immutable: += builds a new int and rebinds `count`
print(count, snapshot, id(count) == before)
#> 11 10 False

word = "py"
saved = word
word += "thon"  # the same for str: `saved` still sees the old object
print(word, saved)
#> python py

items = [1]
saved = items
items += [2]  # list += extends the list in place: both names see it
print(saved, saved is items)
#> [1, 2] True

pair = (1, [2])  # a tuple is immutable, the list inside it is not
try:
    pair[1] += [3]  # the list is extended, then the tuple assignment fails
except TypeError as error:
    print("TypeError:", error)
#> TypeError: 'tuple' object does not support item assignment
print(pair)
#> (1, [2, 3])
# --8<-- [end:immutable-rebinding]

# --8<-- [start:copies]
import copy

config = {"name": "api", "hosts": ["a", "b"]}
shallow = copy.copy(config)  # same as dict(config) or config.copy()
deep = copy.deepcopy(config)
config["name"] = "web"  # rebinding a key in the original
config["hosts"].append("c")  # mutating an object the copies may share
print(shallow)
#> {'name': 'api', 'hosts': ['a', 'b', 'c']}
print(deep)
#> {'name': 'api', 'hosts': ['a', 'b']}
print(shallow["hosts"] is config["hosts"], deep["hosts"] is config["hosts"])
#> True False

# deepcopy keeps shared structure and handles cycles with a memo dict.
shared = [0]
pair = [shared, shared]
pair_copy = copy.deepcopy(pair)
print(pair_copy[0] is pair_copy[1])
#> True
loop = []
loop.append(loop)
loop_copy = copy.deepcopy(loop)
print(loop_copy[0] is loop_copy, loop_copy is not loop)
#> True True

# A tuple of immutable values needs no copy, so both functions return it.
point = (1, 2)
print(copy.copy(point) is point, copy.deepcopy(point) is point)
#> True True
# A tuple that holds a list is copied by deepcopy, because the list must be.
record = (1, [2])
record_copy = copy.deepcopy(record)
print(record_copy is record, record_copy[1] is record[1], record_copy == record)
#> False False True
# --8<-- [end:copies]
