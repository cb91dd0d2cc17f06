# --8<-- [start:solution]
def rotate(matrix):
    n = len(matrix)
    for i in range(n):  # transpose: mirror across the main diagonal...
        for j in range(i + 1, n):  # ...each pair once (j > i), or it swaps back
            matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
    for row in matrix:
        row.reverse()  # then mirror left to right: together, 90° clockwise


matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
rows = list(matrix)  # the row objects, to show they are reused
print(rotate(matrix), matrix)
#> None [[7, 4, 1], [8, 5, 2], [9, 6, 3]]
print(all(new is old for new, old in zip(matrix, rows, strict=True)))
#> True
# --8<-- [end:solution]
