# --8<-- [start:alt]
def rotate(matrix):
    n = len(matrix)
    for layer in range(n // 2):  # ring by ring, from the outside in
        first, last = layer, n - 1 - layer
        for offset in range(last - first):
            top = matrix[first][first + offset]  # save one, move three, place one
            matrix[first][first + offset] = matrix[last - offset][first]  # left->top
            matrix[last - offset][first] = matrix[last][last - offset]  # bottom->left
            matrix[last][last - offset] = matrix[first + offset][last]  # right->bottom
            matrix[first + offset][last] = top  # top->right


matrix = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]]
rotate(matrix)
print(matrix)
#> [[13, 9, 5, 1], [14, 10, 6, 2], [15, 11, 7, 3], [16, 12, 8, 4]]
# --8<-- [end:alt]
