# fails: check_groups_anagrams
# --8<-- [start:wrong]
def group_anagrams(words):
    groups = {}
    for word in words:
        groups.setdefault("".join(sorted(word)), []).append(word)
    return [sorted(group) for group in sorted(groups.values())]  # a different order


print(group_anagrams(["eat", "tea", "tan", "ate", "nat", "bat"]))
#> [['bat'], ['ate', 'eat', 'tea'], ['nat', 'tan']]
# --8<-- [end:wrong]
