# fails: check_search_ignores_unrelated_words
# --8<-- [start:wrong]
class Trie:
    """Not a trie: a set of words, scanned with str.find on every search."""

    def __init__(self):
        self.words = set()

    def insert(self, word):
        self.words.add(word)

    def __contains__(self, word):
        return word in self.words

    def with_prefix(self, prefix):
        return sorted(word for word in self.words if word.find(prefix) == 0)


trie = Trie()
for word in ["car", "cart", "dog"]:
    trie.insert(word)
print(trie.with_prefix("ca"))  # right, but it reads every word on each search
#> ['car', 'cart']
# --8<-- [end:wrong]
