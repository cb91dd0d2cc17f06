# fails: check_prefix_of_a_word_is_not_a_word, check_prefix_search
# fails: check_empty_prefix_lists_every_word, check_repeated_insert_keeps_one_copy
# --8<-- [start:wrong]
class Trie:
    def __init__(self):
        self.root = {}

    def insert(self, word):
        node = self.root
        for letter in word:
            node = node.setdefault(letter, {})  # nothing marks where a word ends

    def _find(self, prefix):
        node = self.root
        for letter in prefix:
            if letter not in node:
                return None
            node = node[letter]
        return node

    def __contains__(self, word):
        return self._find(word) is not None  # true for every prefix, too

    def with_prefix(self, prefix):
        start = self._find(prefix)
        if start is None:
            return []
        words, stack = [], [(start, prefix)]
        while stack:
            node, spelled = stack.pop()
            if not node:  # only leaves count as words: "car" is lost under "cart"
                words.append(spelled)
            for letter in sorted(node, reverse=True):
                stack.append((node[letter], spelled + letter))
        return words


trie = Trie()
for word in ["car", "cart"]:
    trie.insert(word)
print("ca" in trie, trie.with_prefix("car"))
#> True ['cart']
# --8<-- [end:wrong]
