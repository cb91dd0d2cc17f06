# --8<-- [start:alt]
from bisect import bisect_left, insort


class Trie:
    """Not a trie, but the same contract: a sorted list searched with bisect.
    A search costs O(log n + matches); an insert costs O(n) (it shifts items)."""

    def __init__(self):
        self.words = []

    def insert(self, word):
        if word not in self:
            insort(self.words, word)

    def __contains__(self, word):
        index = bisect_left(self.words, word)
        return index < len(self.words) and self.words[index] == word

    def with_prefix(self, prefix):
        found = []
        for index in range(bisect_left(self.words, prefix), len(self.words)):
            if not self.words[index].startswith(prefix):
                break  # sorted: the words with this prefix are side by side
            found.append(self.words[index])
        return found


trie = Trie()
for word in ["care", "car", "dog", "cart", "car"]:
    trie.insert(word)
print(trie.with_prefix("car"), trie.words)
#> ['car', 'care', 'cart'] ['car', 'care', 'cart', 'dog']
# --8<-- [end:alt]
