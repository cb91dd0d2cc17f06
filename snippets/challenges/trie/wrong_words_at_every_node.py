# fails: check_repeated_insert_keeps_one_copy
# --8<-- [start:wrong]
class Node:
    def __init__(self):
        self.children, self.words, self.is_word = {}, [], False


class Trie:
    """Each node keeps the words below it, so a search needs no walk..."""

    def __init__(self):
        self.root = Node()

    def insert(self, word):
        node = self.root
        node.words.append(word)  # ...but inserting a word twice lists it twice
        for letter in word:
            node = node.children.setdefault(letter, Node())
            node.words.append(word)
        node.is_word = True

    def _find(self, prefix):
        node = self.root
        for letter in prefix:
            node = node.children.get(letter)
            if node is None:
                return None
        return node

    def __contains__(self, word):
        node = self._find(word)
        return node is not None and node.is_word

    def with_prefix(self, prefix):
        node = self._find(prefix)
        return [] if node is None else sorted(node.words)


trie = Trie()
for word in ["car", "car"]:
    trie.insert(word)
print(trie.with_prefix("c"))
#> ['car', 'car']
# --8<-- [end:wrong]
