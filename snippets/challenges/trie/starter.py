# --8<-- [start:starter]
class Trie:
    """A set of words with fast prefix search.

    insert(word) adds a word (adding it twice keeps one copy); `word in trie` says
    whether a word was inserted; with_prefix(prefix) returns the inserted words
    that start with `prefix`, in alphabetical order. A search must cost about the
    length of the prefix plus the size of the answer, not the number of words.
    """

    def insert(self, word):
        raise NotImplementedError("write insert")

    def __contains__(self, word):
        raise NotImplementedError("write __contains__")

    def with_prefix(self, prefix):
        raise NotImplementedError("write with_prefix")


# --8<-- [end:starter]
