# --8<-- [start:alt]
class Node:
    __slots__ = ("children", "is_word")  # no per-node __dict__: less memory

    def __init__(self):
        self.children, self.is_word = {}, False


class Trie:
    def __init__(self):
        self.root = Node()

    def insert(self, word):
        node = self.root
        for letter in word:
            if letter not in node.children:
                node.children[letter] = Node()
            node = node.children[letter]
        node.is_word = True

    def _find(self, prefix):
        node = self.root
        for letter in prefix:
            node = node.children.get(letter)
            if node is None:
                break
        return node

    def __contains__(self, word):
        node = self._find(word)
        return bool(node and node.is_word)

    def with_prefix(self, prefix):
        found = []

        def collect(node, spelled):  # recursion as deep as the longest word only
            if node.is_word:
                found.append(spelled)
            for letter in sorted(node.children):
                collect(node.children[letter], spelled + letter)

        start = self._find(prefix)
        if start is not None:
            collect(start, prefix)
        return found


trie = Trie()
for word in ["tea", "ten", "to", "inn"]:
    trie.insert(word)
print(trie.with_prefix("t"), "te" in trie)
#> ['tea', 'ten', 'to'] False
# --8<-- [end:alt]
