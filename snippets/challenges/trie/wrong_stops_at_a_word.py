# fails: check_prefix_search, check_empty_prefix_lists_every_word
# fails: check_repeated_insert_keeps_one_copy
# --8<-- [start:wrong]
class Trie:
    def __init__(self):
        self.root = {}

    def insert(self, word):
        node = self.root
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = True

    def __contains__(self, word):
        node = self.root
        for letter in word:
            node = node.get(letter)
            if node is None:
                return False
        return "" in node

    def with_prefix(self, prefix):
        node = self.root
        for letter in prefix:
            node = node.get(letter)
            if node is None:
                return []
        words, stack = [], [(node, prefix)]
        while stack:
            node, spelled = stack.pop()
            if "" in node:
                words.append(spelled)
                continue  # stops at the first word: longer words are missed
            for letter in sorted(node, reverse=True):
                stack.append((node[letter], spelled + letter))
        return words


trie = Trie()
for word in ["car", "cart", "care"]:
    trie.insert(word)
print(trie.with_prefix("ca"))
#> ['car']
# --8<-- [end:wrong]
