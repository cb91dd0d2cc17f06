# fails: check_rotates_three_by_three, check_even_and_odd_sizes
# --8<-- [start:wrong]
def rotate(matrix):
    n = len(matrix)
    for i in range(n):
        for j in range(i + 1, n):
            matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
    matrix.reverse()  # reverses the order of the rows, not each row: anticlockwise


matrix = [[1, 2], [3, 4]]
rotate(matrix)
print(matrix)
#> [[2, 4], [1, 3]]
# --8<-- [end:wrong]
