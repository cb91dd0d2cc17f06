# --8<-- [start:example]
def total_price(prices, items):
    total = 0
    for item in items:
        if item in prices:
            total += prices[item]
    return total


prices = {"tea": 300, "cake": 450}  # in cents
print(total_price(prices, ["tea", "cake", "tea", "soup"]))
#> 1050
# --8<-- [end:example]
