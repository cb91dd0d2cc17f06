# fails: check_search_ignores_unrelated_words
# --8<-- [start:wrong]
class Trie:
    """Not a trie: a set of words, scanned on every search."""

    def __init__(self):
        self.words = set()

    def insert(self, word):
        self.words.add(word)

    def __contains__(self, word):
        return word in self.words

    def with_prefix(self, prefix):
        # O(number of words * prefix length) on every search
        return sorted(word for word in self.words if word.startswith(prefix))


trie = Trie()
for word in ["car", "cart", "dog"]:
    trie.insert(word)
print(trie.with_prefix("ca"))  # right, but slow with a million words
#> ['car', 'cart']
# --8<-- [end:wrong]
