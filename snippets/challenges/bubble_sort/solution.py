# --8<-- [start:solution]
def bubble_sort(items, key=None):
    result = list(items)  # a copy: the caller's list stays as it was
    keys = result[:] if key is None else [key(item) for item in result]
    for end in range(len(result) - 1, 0, -1):  # after each pass result[end] is final
        swapped = False
        for i in range(end):
            if keys[i + 1] < keys[i]:  # only a strictly smaller key moves: stable
                keys[i], keys[i + 1] = keys[i + 1], keys[i]
                result[i], result[i + 1] = result[i + 1], result[i]
                swapped = True
        if not swapped:
            break  # a pass without a swap: sorted, done early
    return result


print(bubble_sort([5, 1, 4, 2, 8]))
#> [1, 2, 4, 5, 8]
print(bubble_sort(["pear", "Fig", "apple"], key=str.lower))
#> ['apple', 'Fig', 'pear']
print(bubble_sort([]), bubble_sort([7]))
#> [] [7]
# --8<-- [end:solution]

# --8<-- [start:timsort]
import math
import timeit


class Counted:
    """A number that counts the comparisons made with it."""

    comparisons = 0

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        Counted.comparisons += 1
        return self.value < other.value


def bubble_sort(items):
    result = list(items)
    for end in range(len(result) - 1, 0, -1):
        swapped = False
        for i in range(end):
            if result[i + 1] < result[i]:
                result[i], result[i + 1] = result[i + 1], result[i]
                swapped = True
        if not swapped:
            break
    return result


def comparisons(sort, values):
    Counted.comparisons = 0
    sort([Counted(v) for v in values])
    return Counted.comparisons


for n in (100, 200, 400):
    shuffled = [(i * 7919) % n for i in range(n)]  # every number below n, mixed up
    timsort = comparisons(sorted, shuffled)
    print(n, comparisons(bubble_sort, shuffled), timsort <= n * math.log2(n))
#> 100 4914 True
#> 200 19864 True
#> 400 79764 True
print(comparisons(bubble_sort, range(1000)), comparisons(sorted, range(1000)))
#> 999 999

numbers = [(i * 7919) % 2000 for i in range(2000)]
# the best of several runs: a busy machine can only make one run slower, never faster
bubble_seconds = min(timeit.repeat(lambda: bubble_sort(numbers), number=1, repeat=3))
timsort_seconds = min(timeit.repeat(lambda: sorted(numbers), number=1, repeat=20))
print(bubble_seconds > 50 * timsort_seconds)
#> True
print(f"bubble sort {bubble_seconds:.3f} s, sorted() {timsort_seconds:.5f} s")
#> <varies>
# --8<-- [end:timsort]

# --8<-- [start:sorted-key]
from operator import itemgetter

staff = [("Ada", "eng", 36), ("Grace", "ops", 45), ("Alan", "eng", 41)]
print(sorted(staff, key=itemgetter(2), reverse=True))  # oldest first
#> [('Grace', 'ops', 45), ('Alan', 'eng', 41), ('Ada', 'eng', 36)]
print(sorted(staff, key=lambda p: (p[1], -p[2])))  # by team, then oldest first
#> [('Alan', 'eng', 41), ('Ada', 'eng', 36), ('Grace', 'ops', 45)]
by_team = sorted(sorted(staff, key=itemgetter(0)), key=itemgetter(1))  # stable
print([name for name, _, _ in by_team])  # by team, then by name
#> ['Ada', 'Alan', 'Grace']
print(sorted(["b", "B", "a", "A"]), sorted(["b", "B", "a", "A"], key=str.lower))
#> ['A', 'B', 'a', 'b'] ['a', 'A', 'b', 'B']
names = ["Linus", "Ada"]
print(names.sort(), names)  # list.sort() sorts in place and returns None
#> None ['Ada', 'Linus']
# --8<-- [end:sorted-key]
