# --8<-- [start:example]
def number_lines(lines):
    return [f"{number}: {line}" for number, line in enumerate(lines, start=1)]


print(number_lines(["import os", "print(os.sep)"]))
#> ['1: import os', '2: print(os.sep)']
# --8<-- [end:example]
