# --8<-- [start:example]
def latest_first(events):
    return list(reversed(events))


print(latest_first(["login", "view", "logout"]))
#> ['logout', 'view', 'login']
# --8<-- [end:example]
