# fails: check_keeps_the_same_rows, check_makes_no_second_matrix
# --8<-- [start:wrong]
def rotate(matrix):
    # Slice assignment keeps the outer list, but every row is a new list: the
    # whole second matrix exists for a moment, O(n²) extra memory.
    matrix[:] = [list(row) for row in zip(*matrix[::-1], strict=True)]


matrix = [[1, 2], [3, 4]]
first_row = matrix[0]
rotate(matrix)
print(matrix, matrix[0] is first_row)
#> [[3, 1], [4, 2]] False
# --8<-- [end:wrong]
