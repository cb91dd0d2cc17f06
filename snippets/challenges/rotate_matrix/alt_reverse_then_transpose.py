# --8<-- [start:alt]
def rotate(matrix):
    matrix.reverse()  # flip upside down: only the row references move
    for i in range(len(matrix)):
        for j in range(i):  # then transpose: (j < i) visits each pair once
            matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]


matrix = [[1, 2], [3, 4]]
rotate(matrix)
print(matrix)
#> [[3, 1], [4, 2]]
# --8<-- [end:alt]
