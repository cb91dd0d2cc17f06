# --8<-- [start:example]
def price_list(names, prices):
    if len(names) != len(prices):
        raise ValueError("names and prices differ in length")
    lines = []
    for i in range(len(names)):
        lines.append(f"{names[i]}: {prices[i]}")
    return lines


print(price_list(["tea", "cake"], [3, 5]))
#> ['tea: 3', 'cake: 5']
try:
    price_list(["tea", "cake"], [3])
except ValueError as e:
    print(type(e).__name__)
#> ValueError
# --8<-- [end:example]
