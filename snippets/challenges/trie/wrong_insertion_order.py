# fails: check_prefix_search, check_empty_prefix_lists_every_word
# fails: check_words_that_look_like_end_marks
# --8<-- [start:wrong]
class Trie:
    def __init__(self):
        self.root = {}

    def insert(self, word):
        node = self.root
        for letter in word:
            node = node.setdefault(letter, {})
        node["$"] = True  # also a bug: the word "$" would clash with this key

    def __contains__(self, word):
        node = self.root
        for letter in word:
            node = node.get(letter)
            if node is None:
                return False
        return "$" in node

    def with_prefix(self, prefix):
        node = self.root
        for letter in prefix:
            node = node.get(letter)
            if node is None:
                return []
        words = []

        def walk(node, spelled):
            for letter, child in node.items():  # dict order: insertion order
                if letter == "$":
                    words.append(spelled)
                else:
                    walk(child, spelled + letter)

        walk(node, prefix)
        return words


trie = Trie()
for word in ["cart", "care", "car"]:
    trie.insert(word)
print(trie.with_prefix("car"))  # in the order the letters were first inserted
#> ['cart', 'care', 'car']
# --8<-- [end:wrong]
