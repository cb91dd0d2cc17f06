# --8<-- [start:example]
def describe(value):
    if type(value) == str:
        return f"text of length {len(value)}"
    if type(value) == int or type(value) == float:
        return f"the number {value}"
    return f"a {type(value).__name__}"


for value in ["naïve", 42, 2.5, None]:
    print(describe(value))
#> text of length 5
#> the number 42
#> the number 2.5
#> a NoneType
# --8<-- [end:example]
