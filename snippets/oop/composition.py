# --8<-- [start:dict-bypass]
class UpperDict(dict):
    """Meant to store every key in upper case."""

    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)


d = UpperDict(a=1)  # dict.__init__ does not call your __setitem__
d.update(b=2)  # neither does dict.update
d.setdefault("c", 3)  # nor dict.setdefault
d["e"] = 5  # only the subscript assignment does
print(d)
#> {'a': 1, 'b': 2, 'c': 3, 'E': 5}
# --8<-- [end:dict-bypass]

# --8<-- [start:double-count]
from collections import UserDict


class CountingDict(UserDict):
    """Counts how many values were ever stored."""

    def __init__(self, *args, **kwargs):
        self.writes = 0
        super().__init__(*args, **kwargs)

    def __setitem__(self, key, value):
        self.writes += 1
        super().__setitem__(key, value)

    def update(self, other=(), /, **kwargs):
        self.writes += len(other) + len(kwargs)  # "bulk writes count too"
        super().update(other, **kwargs)  # ...which calls __setitem__ per key


c = CountingDict()
c.update({"a": 1, "b": 2})
print(len(c), c.writes)  # two values stored, four counted
#> 2 4
c |= {"c": 3}  # UserDict.__ior__ writes to c.data: no __setitem__, no update
print(len(c), c.writes)  # three values stored, still four counted
#> 3 4
# --8<-- [end:double-count]


# --8<-- [start:delegation]
class CountingStore:
    """Has a dict instead of being one: every write goes through this class."""

    def __init__(self):
        self._data = {}
        self.writes = 0

    def __setitem__(self, key, value):
        self.writes += 1
        self._data[key] = value

    def update(self, other=(), /, **kwargs):
        for key, value in dict(other, **kwargs).items():
            self[key] = value  # one path, so each write is counted once

    def __getitem__(self, key):  # delegate what callers need, nothing more
        return self._data[key]

    def __len__(self):
        return len(self._data)


s = CountingStore()
s.update({"a": 1, "b": 2})
s["c"] = 3
print(len(s), s.writes, s["b"])
#> 3 3 2
try:
    s.popitem()  # not part of the interface, so it cannot skip the counter
except AttributeError as exc:
    print(exc)
#> 'CountingStore' object has no attribute 'popitem'
# --8<-- [end:delegation]


# --8<-- [start:stack-inheritance]
class Stack(list):  # "a stack is a list": it inherits every list method
    def push(self, item):
        self.append(item)


s = Stack()
s.push(1)
s.push(2)
s.insert(0, 99)  # legal, and it breaks the last-in-first-out rule
print(s.pop(), s.pop(), s.pop())
#> 2 1 99
print(type(s.copy()).__name__, type(s[:1]).__name__)  # list methods return lists
#> list list
# --8<-- [end:stack-inheritance]


# --8<-- [start:stack-composition]
class EmptyStackError(IndexError):
    pass


class Stack:  # "a stack has a list": it exposes only stack operations
    def __init__(self, items=()):
        self._items = list(items)

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise EmptyStackError("pop from an empty stack")
        return self._items.pop()

    def peek(self):  # fails like pop(): None could be an item someone pushed
        if not self._items:
            raise EmptyStackError("peek at an empty stack")
        return self._items[-1]

    def __len__(self):
        return len(self._items)


s = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.pop(), len(s))
#> 2 1 0
for operation in (s.pop, s.peek):
    try:
        operation()
    except EmptyStackError as exc:
        print("refused:", exc)
    else:
        raise AssertionError(f"{operation.__name__} on an empty stack should fail")
#> refused: pop from an empty stack
#> refused: peek at an empty stack
s.push(None)  # a legitimate item: peek() must not confuse it with "empty"
print(s.peek(), len(s))
#> None 1
print(hasattr(s, "insert"), hasattr(s, "sort"))
#> False False
# --8<-- [end:stack-composition]

# --8<-- [start:strategy]
import csv
import io
import json


class JsonFormat:
    def render(self, rows):
        return json.dumps(rows)


class CsvFormat:
    def render(self, rows):
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return out.getvalue()


class Report:
    def __init__(self, rows, fmt):
        self.rows = rows
        self.fmt = fmt  # has-a formatter, chosen by the caller

    def export(self):
        return self.fmt.render(self.rows)


rows = [{"name": "Ada", "score": 3}, {"name": "Alan", "score": 5}]
report = Report(rows, JsonFormat())
print(report.export())
#> [{"name": "Ada", "score": 3}, {"name": "Alan", "score": 5}]
report.fmt = CsvFormat()  # swap behaviour at run time: no new subclass
print(report.export(), end="")
#> name,score
#> Ada,3
#> Alan,5
# --8<-- [end:strategy]


# --8<-- [start:getattr-delegation]
class LoggedList:
    def __init__(self):
        self._items = []
        self.log = []

    def append(self, item):
        self.log.append(f"append {item!r}")
        self._items.append(item)

    def __getattr__(self, name):  # runs only when normal lookup fails
        return getattr(self._items, name)


items = LoggedList()
items.append("a")
items.extend(["b", "c"])  # forwarded: works, but skips the log
print(items.count("b"), items.log)
#> 1 ["append 'a'"]
try:
    len(items)  # len() looks __len__ up on the type, never via __getattr__
except TypeError as exc:
    print(exc)
#> object of type 'LoggedList' has no len()
# --8<-- [end:getattr-delegation]
