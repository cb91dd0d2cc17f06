# fails: check_repeated_words_are_kept
# --8<-- [start:wrong]
def group_anagrams(words):
    groups = {}
    for word in dict.fromkeys(words):  # drops repeated words
        groups.setdefault("".join(sorted(word)), []).append(word)
    return list(groups.values())


print(group_anagrams(["ab", "ba", "ab"]))
#> [['ab', 'ba']]
# --8<-- [end:wrong]
