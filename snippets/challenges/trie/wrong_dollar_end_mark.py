# fails: check_words_that_look_like_end_marks
# --8<-- [start:wrong]
class Trie:
    def __init__(self):
        self.root = {}

    def insert(self, word):
        node = self.root
        for letter in word:
            node = node.setdefault(letter, {})
        node["$"] = True  # a key that the letter "$" also uses

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
        found = []

        def collect(node, spelled):
            for letter in sorted(node):
                if letter == "$":
                    found.append(spelled)
                else:
                    collect(node[letter], spelled + letter)

        collect(node, prefix)
        return found


trie = Trie()
trie.insert("a")
try:
    print("a$" in trie)
except TypeError:  # "a$" walks onto the mark True, not onto a node
    print("TypeError: the end mark was taken for a node")
#> TypeError: the end mark was taken for a node
# --8<-- [end:wrong]
