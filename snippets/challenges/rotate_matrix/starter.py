# --8<-- [start:starter]
def rotate(matrix):
    """Rotate the n-by-n `matrix` (a list of row lists) 90° clockwise, in place.

    Change the rows you were given, swapping items between them: make no second
    matrix and no new rows (O(1) extra memory). Return None, as list.sort() does.
    """
    raise NotImplementedError("write rotate")


# --8<-- [end:starter]
