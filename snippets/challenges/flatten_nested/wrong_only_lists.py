# fails: check_other_iterables, check_empty_containers
# --8<-- [start:wrong]
def flatten(nested):
    stack = [iter(nested)]
    while stack:
        item = next(stack[-1], None)
        if item is None:  # also a sentinel bug: a None item ends its level
            stack.pop()
        elif isinstance(item, list):  # tuples, ranges, generators stay closed
            stack.append(iter(item))
        else:
            yield item


print(list(flatten([1, [2, (3, 4)], range(5, 7)])))
#> [1, 2, (3, 4), range(5, 7)]
# --8<-- [end:wrong]
