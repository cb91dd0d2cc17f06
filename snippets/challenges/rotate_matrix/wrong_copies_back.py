# fails: check_makes_no_second_matrix
# --8<-- [start:wrong]
def rotate(matrix):
    # Keeps the caller's rows, so it looks in place, but the rotated copy is a whole
    # second matrix: O(n²) extra memory, which the task rules out.
    turned = [[row[i] for row in reversed(matrix)] for i in range(len(matrix))]
    for row, new_row in zip(matrix, turned, strict=True):
        row[:] = new_row


matrix = [[1, 2], [3, 4]]
first_row = matrix[0]
rotate(matrix)
print(matrix, matrix[0] is first_row)
#> [[3, 1], [4, 2]] True
# --8<-- [end:wrong]
