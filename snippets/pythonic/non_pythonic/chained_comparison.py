# --8<-- [start:example]
def is_percentage(value):
    return value >= 0 and value <= 100


print([is_percentage(v) for v in (-1, 0, 55.5, 100, 101)])
#> [False, True, True, True, False]
# --8<-- [end:example]
