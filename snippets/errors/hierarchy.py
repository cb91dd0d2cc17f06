# --8<-- [start:tree]
leaves = (KeyboardInterrupt, SystemExit, GeneratorExit, ValueError, KeyError, OSError)
for cls in leaves:
    bases = [base.__name__ for base in cls.__mro__[1:-1]]
    print(f"{cls.__name__:17} -> {' -> '.join(bases)}")
#> KeyboardInterrupt -> BaseException
#> SystemExit        -> BaseException
#> GeneratorExit     -> BaseException
#> ValueError        -> Exception -> BaseException
#> KeyError          -> LookupError -> Exception -> BaseException
#> OSError           -> Exception -> BaseException
print(FileNotFoundError.__mro__[1].__name__, IOError is OSError)  # 3.3: one OS family
#> OSError True
# --8<-- [end:tree]


# --8<-- [start:bare-except-broken]
def main():
    for attempt in range(3):
        try:
            print(f"attempt {attempt}")
            raise SystemExit(1)  # what sys.exit(1) does: the program asks to stop
        except:  # noqa: E722 (the bug on show): a bare except swallows it
            print("  retrying")
    return "still running"


print(main())
#> attempt 0
#>   retrying
#> attempt 1
#>   retrying
#> attempt 2
#>   retrying
#> still running
# --8<-- [end:bare-except-broken]


# --8<-- [start:bare-except-fixed]
def main():
    for attempt in range(3):
        try:
            print(f"attempt {attempt}")
            raise SystemExit(1)
        except Exception:  # SystemExit is not an Exception: it passes through
            print("  retrying")
    return "still running"


try:
    print(main())
except SystemExit as stop:
    print("SystemExit reached the top with code", stop.code)
#> attempt 0
#> SystemExit reached the top with code 1
# --8<-- [end:bare-except-fixed]


# --8<-- [start:catch-specific]
def parse_port(text):
    try:
        port = int(text)
    except ValueError:  # the one error you expect, and know how to handle
        return None
    if not 0 < port < 65536:
        raise ValueError(f"port out of range: {port}")
    return port


print(parse_port("8080"), parse_port("http"))
#> 8080 None
try:
    parse_port("70000")
except ValueError as error:
    print(error)
#> port out of range: 70000
# --8<-- [end:catch-specific]
