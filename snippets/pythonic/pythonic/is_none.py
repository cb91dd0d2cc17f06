# --8<-- [start:example]
def fill_missing(values, default):
    return [default if value is None else value for value in values]


print(fill_missing([3, None, 0, None], -1))
#> [3, -1, 0, -1]
# --8<-- [end:example]
