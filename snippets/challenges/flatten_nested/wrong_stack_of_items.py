# fails: check_flattens_in_order, check_other_iterables, check_is_lazy
# fails: check_strings_are_items, check_deep_nesting_without_recursion
# --8<-- [start:wrong]
from collections.abc import Iterable


def flatten(nested):
    stack = list(nested)  # reads the whole input at once
    while stack:
        item = stack.pop()  # takes from the end: the order comes out reversed
        if isinstance(item, Iterable) and not isinstance(item, (str, bytes)):
            stack.extend(item)
        else:
            yield item


print(list(flatten([1, [2, 3], 4])))
#> [4, 3, 2, 1]
# --8<-- [end:wrong]
