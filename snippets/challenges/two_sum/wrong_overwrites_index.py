# fails: check_first_pair
# --8<-- [start:wrong]
def two_sum(nums, target):
    seen = {}
    for j, number in enumerate(nums):
        if target - number in seen:
            return seen[target - number], j
        seen[number] = j  # a repeat overwrites the first index
    return None


print(two_sum([2, 2, 3], 5))  # (0, 2) was asked for
#> (1, 2)
# --8<-- [end:wrong]
