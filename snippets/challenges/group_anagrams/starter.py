# --8<-- [start:starter]
def group_anagrams(words):
    """Group the words that are anagrams of each other (the same letters, each
    the same number of times). Return a list of groups (lists of words): groups
    in the order their first word appears, words in input order, repeats kept.

    Look at each word's letters a constant number of times, not once per group.
    """
    raise NotImplementedError("write group_anagrams")


# --8<-- [end:starter]
