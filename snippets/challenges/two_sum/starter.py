# --8<-- [start:starter]
def two_sum(nums, target):
    """Return (i, j) with i < j and nums[i] + nums[j] == target, or None.

    If several pairs add up, return the one with the smallest j, and for that j
    the smallest i. Read each number once: about len(nums) reads, not len(nums)**2.
    """
    raise NotImplementedError("write two_sum")


# --8<-- [end:starter]
