# --8<-- [start:example]
def join_tags(tags):
    return ", ".join(tags)


print(join_tags(["python", "interview", "日本"]))
#> python, interview, 日本
print(repr(join_tags([])))
#> ''
# --8<-- [end:example]
