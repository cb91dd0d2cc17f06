# --8<-- [start:example]
from collections import defaultdict


def group_by_initial(words):
    groups = defaultdict(list)
    for word in words:
        groups[word[0].lower()].append(word)
    return dict(groups)  # a plain dict again: a missing key raises KeyError


print(group_by_initial(["apple", "Avocado", "banana", "Éclair"]))
#> {'a': ['apple', 'Avocado'], 'b': ['banana'], 'é': ['Éclair']}
# --8<-- [end:example]
