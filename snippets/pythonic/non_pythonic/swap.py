# --8<-- [start:example]
def gcd(a, b):
    while b:
        temp = a
        a = b
        b = temp % b
    return a


print(gcd(48, 18), gcd(7, 0), gcd(12, -8))
#> 6 7 -4
# --8<-- [end:example]
