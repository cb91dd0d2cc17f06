# --8<-- [start:example]
def gcd(a, b):
    while b:
        a, b = b, a % b  # the right side is evaluated in full first
    return a


print(gcd(48, 18), gcd(7, 0), gcd(12, -8))
#> 6 7 -4
# --8<-- [end:example]
