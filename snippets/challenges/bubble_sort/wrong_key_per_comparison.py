# fails: check_calls_key_once_per_item
# --8<-- [start:wrong]
def bubble_sort(items, key=None):
    result = list(items)
    key = key or (lambda item: item)
    for end in range(len(result) - 1, 0, -1):
        swapped = False
        for i in range(end):
            if key(result[i + 1]) < key(result[i]):  # two key calls per comparison
                result[i], result[i + 1] = result[i + 1], result[i]
                swapped = True
        if not swapped:
            break
    return result


print(bubble_sort(["pear", "Fig", "apple"], key=str.lower))
#> ['apple', 'Fig', 'pear']
# --8<-- [end:wrong]
