# --8<-- [start:laziness]
def square(n):
    print(f"  computing {n}")
    return n * n


eager = [square(n) for n in range(3)]  # every item is computed now
#>   computing 0
#>   computing 1
#>   computing 2
lazy = (square(n) for n in range(3))  # nothing is computed yet
print("both created")
#> both created
print(next(lazy))  # computes exactly one item
#>   computing 0
#> 0
print(list(lazy))  # computes the rest
#>   computing 1
#>   computing 2
#> [1, 4]
# --8<-- [end:laziness]

# --8<-- [start:exhaustion]
evens = (n for n in range(10) if n % 2 == 0)
print(sum(evens))
#> 20
print(sum(evens))  # the generator is already exhausted: nothing left to add
#> 0
print(list(evens), 4 in evens)
#> [] False


def shares(values):
    total = sum(values)  # first pass
    return [round(v / total, 2) for v in values]  # second pass


print(shares([1, 1, 2]))
#> [0.25, 0.25, 0.5]
print(shares(v for v in [1, 1, 2]))  # the second pass sees nothing
#> []
# --8<-- [end:exhaustion]

# --8<-- [start:not-a-sequence]
import itertools

squares = (n * n for n in range(10))
for attempt in (lambda: len(squares), lambda: squares[0]):
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
#> TypeError: object of type 'generator' has no len()
#> TypeError: 'generator' object is not subscriptable
print(squares)  # the repr shows no items
#> <generator object <genexpr> at <varies>>
print(list(itertools.islice(squares, 3)))  # take the first three, lazily
#> [0, 1, 4]
print(next(squares))  # islice consumed three items; the generator goes on
#> 9
# --8<-- [end:not-a-sequence]

# --8<-- [start:evaluation-time]
items = [1, 2, 3]
factor = 2
scaled = (x * factor for x in items)  # `items` is evaluated now, `factor` later
items = [7, 8, 9]  # rebinding the name does not affect the generator
factor = 10  # but the generator reads `factor` when it runs
print(list(scaled))
#> [10, 20, 30]

try:
    bad_source = (x for x in 5)  # the outermost iterable fails at once
except TypeError as e:
    print("at creation:", e)
#> at creation: 'int' object is not iterable

ratios = (1 / x for x in [1, 0])  # the division fails only when consumed
print("created fine")
#> created fine
try:
    print(list(ratios))
except ZeroDivisionError as e:
    print("at consumption:", e)
#> at consumption: division by zero
# --8<-- [end:evaluation-time]

# --8<-- [start:memory]
import sys
import tracemalloc

N = 100_000
as_list = [x for x in range(N)]
as_gen = (x for x in range(N))
small_gen = (x for x in range(10))
print(sys.getsizeof(as_list) > 1000 * sys.getsizeof(as_gen))
#> True
print(sys.getsizeof(as_gen) == sys.getsizeof(small_gen))  # size does not grow
#> True
del as_list, as_gen, small_gen

tracemalloc.start()
try:
    sum([x for x in range(N)])
    list_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.reset_peak()
    sum(x for x in range(N))
    gen_peak = tracemalloc.get_traced_memory()[1]
finally:
    tracemalloc.stop()
print(list_peak > 1000 * gen_peak)
#> True
# --8<-- [end:memory]

# --8<-- [start:speed]
import statistics
import timeit

# 1,000 items keep each call's list small and cache-resident: with 10,000, how fast
# the allocator hands back the list's 80 KB buffer varied from process to process
# and sometimes outweighed the difference being measured.
data = list(range(1_000))
candidates = {
    "sum(genexp)": lambda: sum(x for x in data),
    "sum([listcomp])": lambda: sum([x for x in data]),
}
# Many short rounds, interleaved and in alternating order: on a busy machine some
# rounds run undisturbed, and the minimum keeps those.
names = list(candidates)
times = {name: [] for name in names}
for round_no in range(101):
    for name in names if round_no % 2 == 0 else reversed(names):
        seconds = timeit.timeit(candidates[name], number=10)
        times[name].append(seconds / 10 * 1e6)  # µs per call
for name, runs in times.items():
    print(f"{name}: min {min(runs):.0f} µs, median {statistics.median(runs):.0f} µs")
#> <varies>
#> <varies>
ratio = min(times["sum(genexp)"]) / min(times["sum([listcomp])"])
print(f"genexp / list: {ratio:.2f}")
#> genexp / list: <varies>
print("the list version is faster by over 10%:", ratio > 1.1)
#> the list version is faster by over 10%: True
# --8<-- [end:speed]

# --8<-- [start:join-not-lazy]
import statistics
import timeit
import tracemalloc

words = [str(n) for n in range(1_000)]  # small, for the same reason as above
candidates = {
    "join(genexp)": lambda: "".join(w for w in words),
    "join([listcomp])": lambda: "".join([w for w in words]),
}
names = list(candidates)
times = {name: [] for name in names}
for round_no in range(101):  # short, interleaved rounds in alternating order, as above
    for name in names if round_no % 2 == 0 else reversed(names):
        seconds = timeit.timeit(candidates[name], number=10)
        times[name].append(seconds / 10 * 1e6)  # µs per call
for name, runs in times.items():
    print(f"{name}: min {min(runs):.0f} µs, median {statistics.median(runs):.0f} µs")
#> <varies>
#> <varies>
ratio = min(times["join(genexp)"]) / min(times["join([listcomp])"])
print(f"genexp / list: {ratio:.2f}")
#> genexp / list: <varies>
print("the list version is faster by over 30%:", ratio > 1.3)
#> the list version is faster by over 30%: True

peaks = {}
tracemalloc.start()
try:
    for name, func in candidates.items():
        tracemalloc.reset_peak()
        func()
        peaks[name] = tracemalloc.get_traced_memory()[1]
finally:
    tracemalloc.stop()
# str.join needs the length of every piece first, so it turns the generator into a
# list itself: the generator saves no memory at all.
print(
    "same peak memory (within 10%):",
    0.9 < peaks["join(genexp)"] / peaks["join([listcomp])"] < 1.1,
)
#> same peak memory (within 10%): True
# --8<-- [end:join-not-lazy]


# --8<-- [start:inlining]
def with_list(data):
    return sum([x * 2 for x in data])


def with_gen(data):
    return sum(x * 2 for x in data)


def nested_code(func):
    return [c.co_name for c in func.__code__.co_consts if hasattr(c, "co_code")]


print(nested_code(with_list))  # 3.12+: inlined into with_list (PEP 709)
#>[3.11] ['<listcomp>']
#>[>=3.12] []
print(nested_code(with_gen))  # a generator always gets its own code and frame
#> ['<genexpr>']
# --8<-- [end:inlining]

# --8<-- [start:any-short-circuit]
calls = 0


def is_negative(n):
    global calls
    calls += 1
    return n < 0


numbers = [5, -1, 3, 8, 2, 7, 4, 9]
print(any(is_negative(n) for n in numbers), calls)  # stops at the first True
#> True 2
calls = 0
print(any([is_negative(n) for n in numbers]), calls)  # the list is built first
#> True 8
# --8<-- [end:any-short-circuit]
