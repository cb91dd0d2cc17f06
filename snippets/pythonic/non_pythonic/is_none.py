# --8<-- [start:example]
def fill_missing(values, default):
    filled = []
    for value in values:
        if value == None:
            filled.append(default)
        else:
            filled.append(value)
    return filled


print(fill_missing([3, None, 0, None], -1))
#> [3, -1, 0, -1]
# --8<-- [end:example]
