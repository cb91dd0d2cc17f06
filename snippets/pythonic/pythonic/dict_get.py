# --8<-- [start:example]
def greeting(translations, language):
    word = translations.get(language, "Hello")
    return f"{word}!"


translations = {"fr": "Bonjour", "ja": "こんにちは"}
print(greeting(translations, "ja"), greeting(translations, "de"))
#> こんにちは! Hello!
# --8<-- [end:example]
