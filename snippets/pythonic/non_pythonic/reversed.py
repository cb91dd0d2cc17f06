# --8<-- [start:example]
def latest_first(events):
    ordered = []
    for i in range(len(events) - 1, -1, -1):
        ordered.append(events[i])
    return ordered


print(latest_first(["login", "view", "logout"]))
#> ['logout', 'view', 'login']
# --8<-- [end:example]
