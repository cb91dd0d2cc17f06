# --8<-- [start:hash-join]
def hash_join(left, right, key, *, right_unique=True):
    """Inner join of two lists of rows: build a dict on one side, probe it."""
    table = {}
    for row in right:  # build: hash every key of the lookup side once
        table.setdefault(row[key], []).append(row)
    if right_unique:  # what validate="many_to_one" checks
        repeated = sorted(k for k, rows in table.items() if len(rows) > 1)
        if repeated:
            raise ValueError(f"keys repeat in the right table: {repeated}")
    # probe: one dict lookup per left row
    return [{**lrow, **rrow} for lrow in left for rrow in table.get(lrow[key], [])]


orders = [{"cust": 1, "amount": 30}, {"cust": 2, "amount": 5}, {"cust": 1, "amount": 9}]
customers = [{"cust": 1, "segment": "retail"}, {"cust": 2, "segment": "smb"}]
for row in hash_join(orders, customers, "cust"):
    print(row)
#> {'cust': 1, 'amount': 30, 'segment': 'retail'}
#> {'cust': 2, 'amount': 5, 'segment': 'smb'}
#> {'cust': 1, 'amount': 9, 'segment': 'retail'}

as_text = [{**c, "cust": str(c["cust"])} for c in customers]
print(hash_join(orders, as_text, "cust"))  # 1 != "1": nothing matches
#> []
as_float = [{**c, "cust": float(c["cust"])} for c in customers]
print(len(hash_join(orders, as_float, "cust")))  # 1 == 1.0, same hash
#> 3

try:
    hash_join(orders, [*customers, {"cust": 2, "segment": "big"}], "cust")
except ValueError as err:
    print("ValueError:", err)
#> ValueError: keys repeat in the right table: [2]
# --8<-- [end:hash-join]
