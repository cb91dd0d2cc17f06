# --8<-- [start:example]
def count_words(text):
    counts = {}
    for word in text.lower().split():
        if word in counts:
            counts[word] += 1
        else:
            counts[word] = 1
    return counts


counts = count_words("The cat saw the other cat")
print(list(counts.items()))
#> [('the', 2), ('cat', 2), ('saw', 1), ('other', 1)]
# --8<-- [end:example]
