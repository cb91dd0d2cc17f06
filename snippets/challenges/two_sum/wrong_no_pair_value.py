# fails: check_uses_two_different_positions, check_no_pair_returns_none
# --8<-- [start:wrong]
def two_sum(nums, target):
    seen = {}
    for j, number in enumerate(nums):
        if target - number in seen:
            return seen[target - number], j
        seen.setdefault(number, j)
    return -1, -1  # looks like a pair of indices: nums[-1] is the last number


print(two_sum([1, 2, 3], 100))
#> (-1, -1)
# --8<-- [end:wrong]
