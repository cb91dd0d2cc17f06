# --8<-- [start:example]
def split_command(line):
    parts = line.split()
    command = parts[0]
    arguments = parts[1:]
    return command, arguments


print(split_command("git commit -m 'fix'"))
#> ('git', ['commit', '-m', "'fix'"])
print(split_command("ls"))
#> ('ls', [])
# --8<-- [end:example]
