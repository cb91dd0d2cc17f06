# fails: check_rotates_three_by_three, check_even_and_odd_sizes
# --8<-- [start:wrong]
def rotate(matrix):
    n = len(matrix)
    for i in range(n):
        for j in range(n):  # visits (i, j) and (j, i): each swap is undone
            matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
    for row in matrix:
        row.reverse()


matrix = [[1, 2], [3, 4]]
rotate(matrix)
print(matrix)  # only mirrored
#> [[2, 1], [4, 3]]
# --8<-- [end:wrong]
