# fails: check_rotates_three_by_three, check_even_and_odd_sizes, check_returns_none
# fails: check_makes_no_second_matrix
# --8<-- [start:wrong]
def rotate(matrix):
    # Correct values, but a new matrix: the caller's stays as it was
    return [list(row) for row in zip(*reversed(matrix), strict=True)]


matrix = [[1, 2], [3, 4]]
print(rotate(matrix), matrix)
#> [[3, 1], [4, 2]] [[1, 2], [3, 4]]
# --8<-- [end:wrong]
