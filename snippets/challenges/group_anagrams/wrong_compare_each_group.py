# fails: check_reads_each_word_a_few_times, check_finds_each_group_directly
# --8<-- [start:wrong]
def group_anagrams(words):
    groups = []
    for word in words:
        for group in groups:  # compares with every group so far: O(n²) sorts
            if sorted(group[0]) == sorted(word):
                group.append(word)
                break
        else:
            groups.append([word])
    return groups


print(group_anagrams(["eat", "tea", "tan"]))  # right, but slow on many groups
#> [['eat', 'tea'], ['tan']]
# --8<-- [end:wrong]
