# --8<-- [start:example]
def first_or_default(items, default=None):
    if not items:
        return default
    return items[0]


print(first_or_default(["a", "b"]), first_or_default([], "empty"))
#> a empty
print(first_or_default("", "no text"))
#> no text
# --8<-- [end:example]
