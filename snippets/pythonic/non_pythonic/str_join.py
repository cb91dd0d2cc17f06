# --8<-- [start:example]
def join_tags(tags):
    joined = ""
    for index, tag in enumerate(tags):
        if index > 0:
            joined += ", "
        joined += tag
    return joined


print(join_tags(["python", "interview", "日本"]))
#> python, interview, 日本
print(repr(join_tags([])))
#> ''
# --8<-- [end:example]
