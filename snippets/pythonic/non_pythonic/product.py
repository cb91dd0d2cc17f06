# --8<-- [start:example]
def seat_labels(rows, columns):
    labels = []
    for row in rows:
        for column in columns:
            labels.append(f"{row}{column}")
    return labels


print(seat_labels([1, 2], "AB"))
#> ['1A', '1B', '2A', '2B']
# --8<-- [end:example]
