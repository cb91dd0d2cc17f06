# --8<-- [start:example]
def has_negative(numbers):
    found = False
    for number in numbers:
        if number < 0:
            found = True
            break
    return found


print(has_negative([3, -1, 4]), has_negative([]), has_negative(range(5)))
#> True False False
# --8<-- [end:example]
