# fails: check_other_characters_are_ignored, check_reads_the_text_once
# --8<-- [start:wrong]
def is_balanced(text):
    while "()" in text or "[]" in text or "{}" in text:  # O(n²) on deep nesting, too
        text = text.replace("()", "").replace("[]", "").replace("{}", "")
    return text == ""  # any other character is left over


print(is_balanced("([]{})"), is_balanced("print(x[0])"))
#> True False
# --8<-- [end:wrong]
