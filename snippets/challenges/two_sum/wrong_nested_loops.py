# fails: check_reads_each_item_once
# --8<-- [start:wrong]
def two_sum(nums, target):
    for j in range(len(nums)):
        for i in range(j):  # every earlier number, for every number: O(n²)
            if nums[i] + nums[j] == target:
                return i, j
    return None


print(two_sum([2, 7, 11, 15], 9))  # right, but 2,000 numbers cost 4 million reads
#> (0, 1)
# --8<-- [end:wrong]
