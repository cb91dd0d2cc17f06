# fails: check_uses_two_different_positions, check_equal_numbers
# --8<-- [start:wrong]
def two_sum(nums, target):
    seen = {}
    for j, number in enumerate(nums):
        seen.setdefault(number, j)  # stored before the lookup...
        i = seen.get(target - number)
        if i is not None:  # ...so a number can pair with itself
            return i, j
    return None


print(two_sum([3, 2, 4], 6))
#> (0, 0)
# --8<-- [end:wrong]
