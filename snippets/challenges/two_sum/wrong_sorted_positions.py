# fails: check_finds_a_pair, check_uses_two_different_positions, check_equal_numbers
# fails: check_first_pair
# --8<-- [start:wrong]
def two_sum(nums, target):
    ordered = sorted(nums)  # two pointers need sorted numbers...
    lo, hi = 0, len(ordered) - 1
    while lo < hi:
        total = ordered[lo] + ordered[hi]
        if total == target:
            return lo, hi  # ...but these are positions in the sorted copy
        if total < target:
            lo += 1
        else:
            hi -= 1
    return None


print(two_sum([3, 2, 4], 6))  # 2 + 4, but 2 is at index 1 of the input, not 0
#> (0, 2)
# --8<-- [end:wrong]
