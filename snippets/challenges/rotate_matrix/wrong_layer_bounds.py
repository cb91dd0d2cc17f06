# fails: check_rotates_three_by_three, check_even_and_odd_sizes
# --8<-- [start:wrong]
def rotate(matrix):
    n = len(matrix)
    for layer in range(n // 2):
        first, last = layer, n - 1 - layer
        for offset in range(last - first + 1):  # one too many: moves a corner twice
            top = matrix[first][first + offset]
            matrix[first][first + offset] = matrix[last - offset][first]
            matrix[last - offset][first] = matrix[last][last - offset]
            matrix[last][last - offset] = matrix[first + offset][last]
            matrix[first + offset][last] = top


matrix = [[1, 2], [3, 4]]
rotate(matrix)
print(matrix)  # [[3, 1], [4, 2]] was wanted
#> [[4, 3], [2, 1]]
# --8<-- [end:wrong]
