# --8<-- [start:solution]
def two_sum(nums, target):
    first_index = {}  # number -> the first index where it was seen
    for j, number in enumerate(nums):
        i = first_index.get(target - number)
        if i is not None:  # an earlier number completes the pair
            return i, j
        first_index.setdefault(number, j)  # keep the first index of a repeat
    return None


print(two_sum([2, 7, 11, 15], 9))
#> (0, 1)
print(two_sum([3, 2, 4], 6))  # 3 + 3 would reuse index 0
#> (1, 2)
print(two_sum([3, 3], 6))
#> (0, 1)
print(two_sum([1, 2, 3], 100))
#> None
# --8<-- [end:solution]
