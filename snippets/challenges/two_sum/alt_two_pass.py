# --8<-- [start:alt]
def two_sum(nums, target):
    first_index = {}
    for index, number in enumerate(nums):  # pass 1: where each number first occurs
        first_index.setdefault(number, index)
    for j, number in enumerate(nums):  # pass 2: the first j whose partner came earlier
        i = first_index.get(target - number)
        if i is not None and i < j:
            return i, j
    return None


print(two_sum([2, 7, 11, 15], 9), two_sum([3, 3], 6), two_sum([3, 2, 4], 6))
#> (0, 1) (0, 1) (1, 2)
# --8<-- [end:alt]
