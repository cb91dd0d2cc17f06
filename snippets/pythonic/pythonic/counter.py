# --8<-- [start:example]
from collections import Counter


def count_words(text):
    return Counter(text.lower().split())


counts = count_words("The cat saw the other cat")
print(list(counts.items()))
#> [('the', 2), ('cat', 2), ('saw', 1), ('other', 1)]
# --8<-- [end:example]
