# --8<-- [start:alt]
def group_anagrams(words):
    position = {}  # key -> index of its group in `result`
    result = []
    for word in words:
        key = tuple(sorted(word))
        if key not in position:
            position[key] = len(result)
            result.append([])
        result[position[key]].append(word)
    return result


print(group_anagrams(["aab", "aba", "abb"]), group_anagrams(["", ""]))
#> [['aab', 'aba'], ['abb']] [['', '']]
# --8<-- [end:alt]
