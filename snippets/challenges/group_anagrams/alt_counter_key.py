# --8<-- [start:alt]
from collections import Counter


def group_anagrams(words):
    groups = {}
    for word in words:
        key = frozenset(Counter(word).items())  # each letter with its count: O(len)
        groups.setdefault(key, []).append(word)
    return list(groups.values())


print(group_anagrams(["listen", "silent", "enlist", "google"]))
#> [['listen', 'silent', 'enlist'], ['google']]
# --8<-- [end:alt]
