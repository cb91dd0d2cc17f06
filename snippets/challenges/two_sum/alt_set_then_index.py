# --8<-- [start:alt]
def two_sum(nums, target):
    seen = set()
    for j, number in enumerate(nums):
        if target - number in seen:
            # Found the pair; only now look for the partner's first index: one
            # extra pass, made once.
            for i, earlier in enumerate(nums):
                if earlier == target - number:
                    return i, j
        seen.add(number)
    return None


print(two_sum([2, 2, 3], 5), two_sum([-3, 4, 3, 90], 0), two_sum([], 1))
#> (0, 2) (0, 2) None
# --8<-- [end:alt]
