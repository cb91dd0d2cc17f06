# --8<-- [start:solution]
from collections import defaultdict


def group_anagrams(words):
    groups = defaultdict(list)  # sorted letters -> the words that have them
    for word in words:
        groups["".join(sorted(word))].append(word)
    return list(groups.values())  # a dict keeps insertion order: first word first


print(group_anagrams(["eat", "tea", "tan", "ate", "nat", "bat"]))
#> [['eat', 'tea', 'ate'], ['tan', 'nat'], ['bat']]
print(group_anagrams(["aab", "abb", "aab"]), group_anagrams([]))
#> [['aab', 'aab'], ['abb']] []
# --8<-- [end:solution]
