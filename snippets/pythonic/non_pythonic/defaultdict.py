# --8<-- [start:example]
def group_by_initial(words):
    groups = {}
    for word in words:
        initial = word[0].lower()
        if initial not in groups:
            groups[initial] = []
        groups[initial].append(word)
    return groups


print(group_by_initial(["apple", "Avocado", "banana", "Éclair"]))
#> {'a': ['apple', 'Avocado'], 'b': ['banana'], 'é': ['Éclair']}
# --8<-- [end:example]
