# --8<-- [start:example]
def split_command(line):
    command, *arguments = line.split()
    return command, arguments


print(split_command("git commit -m 'fix'"))
#> ('git', ['commit', '-m', "'fix'"])
print(split_command("ls"))
#> ('ls', [])
# --8<-- [end:example]
