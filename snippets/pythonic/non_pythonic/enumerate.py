# --8<-- [start:example]
def number_lines(lines):
    numbered = []
    number = 1
    for line in lines:
        numbered.append(f"{number}: {line}")
        number += 1
    return numbered


print(number_lines(["import os", "print(os.sep)"]))
#> ['1: import os', '2: print(os.sep)']
# --8<-- [end:example]
