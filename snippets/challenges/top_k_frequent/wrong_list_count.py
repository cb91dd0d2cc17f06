# fails: check_counts_in_one_pass, check_does_not_sort_everything
# --8<-- [start:wrong]
def top_k_frequent(items, k):
    distinct = list(dict.fromkeys(items))  # in order of first appearance
    # items.count scans the whole list for each distinct item: O(n·d)
    return sorted(distinct, key=items.count, reverse=True)[:k]


print(top_k_frequent([1, 1, 1, 2, 2, 3], 2))  # right, but quadratic
#> [1, 2]
# --8<-- [end:wrong]
