# --8<-- [start:example]
def squares_of_evens(numbers):
    squares = []
    for number in numbers:
        if number % 2 == 0:
            squares.append(number * number)
    return squares


print(squares_of_evens(range(-4, 5)))
#> [16, 4, 0, 4, 16]
# --8<-- [end:example]
