# fails: check_letter_counts_matter
# --8<-- [start:wrong]
def group_anagrams(words):
    groups = {}
    for word in words:
        groups.setdefault(frozenset(word), []).append(word)  # loses the counts
    return list(groups.values())


print(group_anagrams(["aab", "abb"]))
#> [['aab', 'abb']]
# --8<-- [end:wrong]
