# fails: check_reads_the_text_once
# --8<-- [start:wrong]
def is_balanced(text):
    text = "".join(char for char in text if char in "()[]{}")  # brackets only
    while "()" in text or "[]" in text or "{}" in text:  # one pass per level
        text = text.replace("()", "").replace("[]", "").replace("{}", "")
    return text == ""


print(is_balanced("print(x[0])"), is_balanced("(" * 3 + ")" * 3))  # right, O(n²)
#> True True
# --8<-- [end:wrong]
