# --8<-- [start:example]
def longest_word(words):
    return max(words, key=len, default=None)


print(longest_word(["pear", "banana", "cherry"]), longest_word([]))
#> banana None
# --8<-- [end:example]
