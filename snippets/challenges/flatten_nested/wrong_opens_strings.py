# fails: check_strings_are_items
# --8<-- [start:wrong]
def flatten(nested):
    stack = [iter(nested)]
    while stack:
        try:
            item = next(stack[-1])
        except StopIteration:
            stack.pop()
            continue
        if hasattr(item, "__iter__"):  # a str has __iter__, and so does "a"
            stack.append(iter(item))
        else:
            yield item


print(list(flatten([1, [2, (3,)]])))  # fine without strings; "ab" never ends
#> [1, 2, 3]
# --8<-- [end:wrong]
