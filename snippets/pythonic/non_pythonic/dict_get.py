# --8<-- [start:example]
def greeting(translations, language):
    if language in translations:
        word = translations[language]
    else:
        word = "Hello"
    return f"{word}!"


translations = {"fr": "Bonjour", "ja": "こんにちは"}
print(greeting(translations, "ja"), greeting(translations, "de"))
#> こんにちは! Hello!
# --8<-- [end:example]
