# --8<-- [start:example]
def price_list(names, prices):
    # strict=True (3.10+): unequal lengths raise instead of being cut short
    return [f"{name}: {price}" for name, price in zip(names, prices, strict=True)]


print(price_list(["tea", "cake"], [3, 5]))
#> ['tea: 3', 'cake: 5']
try:
    price_list(["tea", "cake"], [3])
except ValueError as e:
    print(type(e).__name__)
#> ValueError
# --8<-- [end:example]
