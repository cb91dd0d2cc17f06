# --8<-- [start:example]
def pick_server(servers, down):
    found = False
    for server in servers:
        if server not in down:
            found = True
            break
    if not found:
        server = "backup"
    return f"connecting to {server}"


print(pick_server(["eu-1", "eu-2", "us-1"], down={"eu-1"}))
#> connecting to eu-2
print(pick_server(["eu-1"], down={"eu-1"}))
#> connecting to backup
# --8<-- [end:example]
