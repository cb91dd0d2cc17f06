# fails: check_reads_each_item_once
# --8<-- [start:wrong]
def two_sum(nums, target):
    for j, number in enumerate(nums):
        earlier = nums[:j]  # a copy, and `in` on a list scans it: O(n) per number
        if target - number in earlier:
            return earlier.index(target - number), j
    return None


print(two_sum([3, 2, 4], 6))  # right, but hides a loop inside the loop
#> (1, 2)
# --8<-- [end:wrong]
