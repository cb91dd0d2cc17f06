# --8<-- [start:solution]
class Trie:
    END = ""  # the key that marks "a word ends here"; no letter is ""

    def __init__(self):
        self.root = {}  # each node is a dict: letter -> child node

    def insert(self, word):
        node = self.root
        for letter in word:
            node = node.setdefault(letter, {})
        node[self.END] = True

    def _find(self, prefix):
        """The node reached by spelling `prefix`, or None. Creates nothing."""
        node = self.root
        for letter in prefix:
            node = node.get(letter)
            if node is None:
                return None
        return node

    def __contains__(self, word):
        node = self._find(word)
        return node is not None and self.END in node

    def with_prefix(self, prefix):
        start = self._find(prefix)
        if start is None:
            return []
        words, stack = [], [(start, prefix)]  # a stack: no recursion limit
        while stack:
            node, spelled = stack.pop()
            if self.END in node:
                words.append(spelled)
            for letter in sorted(node, reverse=True):  # "a" is popped first
                if letter != self.END:
                    stack.append((node[letter], spelled + letter))
        return words


trie = Trie()
for word in ["car", "cart", "care", "cat", "dog"]:
    trie.insert(word)
print(trie.with_prefix("car"), trie.with_prefix("ca")[-1], trie.with_prefix("x"))
#> ['car', 'care', 'cart'] cat []
print("car" in trie, "ca" in trie, "cars" in trie)
#> True False False
# --8<-- [end:solution]
