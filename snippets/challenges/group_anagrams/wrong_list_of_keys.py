# fails: check_finds_each_group_directly
# --8<-- [start:wrong]
def group_anagrams(words):
    groups = []  # (key, group) pairs, searched one by one
    for word in words:
        key = "".join(sorted(word))  # computed once per word, which is right
        for seen, group in groups:  # but compared with every group: O(n * groups)
            if seen == key:
                group.append(word)
                break
        else:
            groups.append((key, [word]))
    return [group for _, group in groups]


print(group_anagrams(["eat", "tea", "tan"]))  # right, but slow on many groups
#> [['eat', 'tea'], ['tan']]
# --8<-- [end:wrong]
