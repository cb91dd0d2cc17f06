# --8<-- [start:example]
def has_negative(numbers):
    return any(number < 0 for number in numbers)


print(has_negative([3, -1, 4]), has_negative([]), has_negative(range(5)))
#> True False False
# --8<-- [end:example]
