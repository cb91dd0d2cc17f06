# --8<-- [start:checks]
def square(n):
    return [[n * row + column for column in range(n)] for row in range(n)]


def rotated(matrix):
    """The expected result, computed another way: row i is column i, bottom up."""
    return [[row[i] for row in reversed(matrix)] for i in range(len(matrix))]


def expect_rotated(ns, n):
    original = square(n)
    matrix = square(n)
    want = rotated(original)
    result = ns.rotate(matrix)
    got = [list(row) for row in matrix]
    if got == want:
        return
    if got == original and n > 1:
        why = "it is unchanged"
        if result is not None:
            why += "; rotate returned a new matrix instead of changing this one"
    elif got == [row[::-1] for row in original]:
        why = "it was only mirrored: the transpose swapped each pair twice (use j > i)"
    elif got == rotated(rotated(want)):
        why = "that is 90° anticlockwise"
    else:
        why = "some items are in the wrong place: check each loop's bounds"
    raise AssertionError(f"rotate turned {original} into {got}, not {want}: {why}")


def check_rotates_three_by_three(ns):
    expect_rotated(ns, 3)


def check_even_and_odd_sizes(ns):
    for n in (1, 2, 4, 5, 6):
        expect_rotated(ns, n)


def check_empty_matrix(ns):
    matrix = []
    ns.rotate(matrix)
    assert matrix == [], f"rotate([]) changed the matrix to {matrix}"


def check_returns_none(ns):
    matrix = square(3)
    result = ns.rotate(matrix)
    assert result is None, (
        f"rotate returned {type(result).__name__}: an in-place operation returns "
        "None (as list.sort does), so nobody mistakes it for a copy"
    )


def check_keeps_the_same_rows(ns):
    matrix = square(4)
    rows = {id(row) for row in matrix}
    ns.rotate(matrix)
    assert {id(row) for row in matrix} == rows, (
        "rotate put new row lists in the matrix: that builds a second matrix, "
        "O(n²) extra memory; swap the items inside the rows you were given"
    )
    assert all(type(row) is list for row in matrix), "the rows must stay lists"


def check_makes_no_second_matrix(ns):
    import sys
    import tracemalloc

    matrix = square(200)
    second = sum(sys.getsizeof(row) for row in matrix)  # what a copy would take
    tracemalloc.start()
    try:
        ns.rotate(matrix)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < second / 4, (
        f"rotating a 200x200 matrix took {peak / 1000:,.0f} KB of new memory at its "
        f"peak, as much as a second matrix ({second / 1000:,.0f} KB): the task asks "
        "for O(1) extra memory, so swap the items in place, even if you copy back"
    )


# --8<-- [end:checks]
