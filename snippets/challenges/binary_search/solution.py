# --8<-- [start:solution]
def binary_search(items, target):
    lo, hi = 0, len(items)  # the first match, if any, is in items[lo:hi]
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1  # items[mid] and everything before it are too small
        else:
            hi = mid  # items[mid] may be the first match: keep it in range
    if lo < len(items) and items[lo] == target:
        return lo
    return -1


print(binary_search([1, 3, 5, 7, 9], 9))
#> 4
print(binary_search([1, 3, 5, 7, 9], 4))
#> -1
print(binary_search([2, 2, 2, 3], 2))
#> 0
print(binary_search([], 1))
#> -1
# --8<-- [end:solution]

# --8<-- [start:bisect]
from bisect import bisect_left, bisect_right, insort


def binary_search(items, target):
    index = bisect_left(items, target)  # where target would go: before any equal item
    return index if index < len(items) and items[index] == target else -1


scores = [10, 20, 20, 20, 30]
print(binary_search(scores, 20), binary_search(scores, 25))
#> 1 -1
print(bisect_right(scores, 20) - bisect_left(scores, 20))  # how many 20s
#> 3
insort(scores, 25)  # inserts and keeps the list sorted
print(scores)
#> [10, 20, 20, 20, 25, 30]
people = [("Ada", 36), ("Grace", 45), ("Linus", 54)]  # sorted by age
print(people[bisect_left(people, 45, key=lambda person: person[1])])
#> ('Grace', 45)
# --8<-- [end:bisect]

# --8<-- [start:probes]
from collections.abc import Sequence


class Probed(Sequence):
    """A read-only sequence that counts how many items are looked at."""

    def __init__(self, items):
        self.items, self.probes = items, 0

    def __len__(self):
        return len(self.items)

    def __getitem__(self, index):
        self.probes += 1
        return self.items[index]


def binary_search(items, target):
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(items) and items[lo] == target else -1


for size in (1_000, 1_000_000, 1_000_000_000):
    items = Probed(range(size))  # a range is a sorted sequence that costs no memory
    binary_search(items, size - 1)
    print(f"{size:>13,} items: {items.probes} probes")
#>         1,000 items: 11 probes
#>     1,000,000 items: 21 probes
#> 1,000,000,000 items: 31 probes
# --8<-- [end:probes]
