# --8<-- [start:example]
def longest_word(words):
    longest = None
    for word in words:
        if longest is None or len(word) > len(longest):
            longest = word
    return longest


print(longest_word(["pear", "banana", "cherry"]), longest_word([]))
#> banana None
# --8<-- [end:example]
