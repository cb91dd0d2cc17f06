# fails: check_groups_anagrams
# fails: check_different_letters_stay_apart
# --8<-- [start:wrong]
from itertools import groupby


def signature(word):
    return "".join(sorted(word))


def group_anagrams(words):
    # groupby only joins neighbours: equal keys far apart make separate groups
    return [list(group) for _, group in groupby(words, key=signature)]


print(group_anagrams(["eat", "tan", "tea"]))
#> [['eat'], ['tan'], ['tea']]
# --8<-- [end:wrong]
