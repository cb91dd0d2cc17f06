# fails: check_first_pair
# --8<-- [start:wrong]
def two_sum(nums, target):
    positions = {}  # first pass: every index of every number
    for j, number in enumerate(nums):
        positions.setdefault(number, []).append(j)
    for i, number in enumerate(nums):  # second pass: the smallest i wins
        for j in positions.get(target - number, ()):
            if j > i:
                return i, j
    return None


print(two_sum([1, 2, 4, 5], 6))  # 2 + 4 completes first: (1, 2) was asked for
#> (0, 3)
# --8<-- [end:wrong]
