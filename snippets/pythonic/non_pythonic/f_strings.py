# --8<-- [start:example]
def price_tag(name, price):
    return "%s: %.2f EUR" % (name, price)


print(price_tag("crème brûlée", 6.5))
#> crème brûlée: 6.50 EUR
print(price_tag("refund", -2))
#> refund: -2.00 EUR
# --8<-- [end:example]
