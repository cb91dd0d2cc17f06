# /// script
# requires-python = ">=3.13"
# ///

# --8<-- [start:copy-replace]
import copy
from collections import namedtuple
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Config:
    host: str
    port: int = 80
    tags: tuple = ()


base = Config("api.example.com", tags=("web", "public"))
# copy.replace (3.13+) calls the class's __replace__: a new object, some fields
# changed, the others shared with the original, as in a shallow copy.
staging = copy.replace(base, host="staging.example.com")
print(staging)
#> Config(host='staging.example.com', port=80, tags=('web', 'public'))
print(base.host, staging.tags is base.tags)
#> api.example.com True

Point = namedtuple("Point", "x y")
print(copy.replace(Point(1, 2), y=5), copy.replace(date(2026, 1, 31), day=1))
#> Point(x=1, y=5) 2026-01-01
try:
    copy.replace([1, 2])  # only classes that define __replace__ support it
except TypeError as error:
    print("TypeError:", error)
#> TypeError: replace() does not support list objects
# --8<-- [end:copy-replace]
