# fails: check_different_letters_stay_apart
# --8<-- [start:wrong]
def group_anagrams(words):
    groups = {}
    for word in words:
        key = sum(map(ord, word))  # order-free, but 'ad' and 'bc' both sum to 197
        groups.setdefault(key, []).append(word)
    return list(groups.values())


print(group_anagrams(["ad", "bc"]))
#> [['ad', 'bc']]
# --8<-- [end:wrong]
