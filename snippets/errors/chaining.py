# --8<-- [start:three-ways]
import traceback


def outline(error):
    """The traceback without its frame lines: what a reader sees between the frames."""
    text = "".join(traceback.format_exception(error))
    return [line for line in text.splitlines() if line and not line.startswith(" ")]


def read_port(config, style):
    try:
        return int(config["port"])
    except KeyError as error:
        if style == "implicit":
            raise ValueError("no port configured")  # noqa: B904 (the case on show)
        if style == "explicit":
            raise ValueError("no port configured") from error
        raise ValueError("no port configured") from None


for style in ("implicit", "explicit", "suppressed"):
    try:
        read_port({}, style)
    except ValueError as error:
        cause, context = error.__cause__, error.__context__
        print(f"{style}: __cause__={cause!r} __context__={context!r}")
        print(f"  suppress_context={error.__suppress_context__}")
        for line in outline(error):
            print("  |", line)
#> implicit: __cause__=None __context__=KeyError('port')
#>   suppress_context=False
#>   | Traceback (most recent call last):
#>   | KeyError: 'port'
#>   | During handling of the above exception, another exception occurred:
#>   | Traceback (most recent call last):
#>   | ValueError: no port configured
#> explicit: __cause__=KeyError('port') __context__=KeyError('port')
#>   suppress_context=True
#>   | Traceback (most recent call last):
#>   | KeyError: 'port'
#>   | The above exception was the direct cause of the following exception:
#>   | Traceback (most recent call last):
#>   | ValueError: no port configured
#> suppressed: __cause__=None __context__=KeyError('port')
#>   suppress_context=True
#>   | Traceback (most recent call last):
#>   | ValueError: no port configured
# --8<-- [end:three-ways]


# --8<-- [start:lost-cause-broken]
class ConfigError(Exception):
    pass


def load(settings):
    try:
        timeout = int(settings["timeout"])
    except (KeyError, ValueError):
        timeout = None
    if timeout is None:  # raised after the handler ended: nothing links the two
        raise ConfigError("timeout must be a whole number of seconds")
    return timeout


try:
    load({"timeout": "ten"})
except ConfigError as error:
    print(f"cause: {error.__cause__!r}")
    print(f"context: {error.__context__!r}")
#> cause: None
#> context: None
# --8<-- [end:lost-cause-broken]


# --8<-- [start:lost-cause-fixed]
class ConfigError(Exception):
    pass


def load(settings):
    try:
        return int(settings["timeout"])
    except (KeyError, ValueError) as error:
        raise ConfigError("timeout must be a whole number of seconds") from error


try:
    load({"timeout": "ten"})
except ConfigError as error:
    print(f"cause: {error.__cause__!r}")
    print(f"context is cause: {error.__context__ is error.__cause__}")
#> cause: ValueError("invalid literal for int() with base 10: 'ten'")
#> context is cause: True
# --8<-- [end:lost-cause-fixed]
