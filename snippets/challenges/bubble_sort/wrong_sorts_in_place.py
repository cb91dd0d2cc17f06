# fails: check_leaves_the_input_alone
# --8<-- [start:wrong]
def bubble_sort(items, key=None):
    keys = items[:] if key is None else [key(item) for item in items]
    for end in range(len(items) - 1, 0, -1):
        swapped = False
        for i in range(end):
            if keys[i + 1] < keys[i]:
                keys[i], keys[i + 1] = keys[i + 1], keys[i]
                items[i], items[i + 1] = items[i + 1], items[i]  # the caller's list
                swapped = True
        if not swapped:
            break
    return items


numbers = [3, 1, 2]
print(bubble_sort(numbers), numbers)
#> [1, 2, 3] [1, 2, 3]
# --8<-- [end:wrong]
