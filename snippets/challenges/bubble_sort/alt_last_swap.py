# --8<-- [start:alt]
def bubble_sort(items, key=None):
    result = list(items)
    keys = result[:] if key is None else [key(item) for item in result]
    end = len(result) - 1
    while end > 0:
        last_swap = 0  # past the last swap of a pass, everything is in place
        for i in range(end):
            if keys[i + 1] < keys[i]:
                keys[i], keys[i + 1] = keys[i + 1], keys[i]
                result[i], result[i + 1] = result[i + 1], result[i]
                last_swap = i
        end = last_swap  # 0 when nothing moved: done
    return result


print(bubble_sort([5, 1, 4, 2, 8]), bubble_sort([]))
#> [1, 2, 4, 5, 8] []
# --8<-- [end:alt]
