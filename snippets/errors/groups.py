# --8<-- [start:except-star]
def validate(user):
    errors = []
    if not user.get("name"):
        errors.append(ValueError("name is empty"))
    if not isinstance(user.get("age"), int):
        errors.append(TypeError("age must be an int"))
    if "@" not in user.get("email", ""):
        errors.append(ValueError("email has no @"))
    if errors:
        raise ExceptionGroup("invalid user", errors)  # 3.11, PEP 654


try:
    validate({"name": "", "age": "x", "email": "ada"})
except* ValueError as group:  # every matching leaf, as a group of its own
    print("ValueErrors:", [str(e) for e in group.exceptions])
except* TypeError as group:  # and this clause runs too
    print("TypeErrors:", [str(e) for e in group.exceptions])
#> ValueErrors: ['name is empty', 'email has no @']
#> TypeErrors: ['age must be an int']
# --8<-- [end:except-star]


# --8<-- [start:plain-except-broken]
errors = ExceptionGroup("batch", [KeyError("a"), ValueError("b")])
try:
    try:
        raise errors
    except ValueError:  # a plain except compares the group itself: no match
        print("handled the ValueError")
except ExceptionGroup as leftover:
    print("not handled:", repr(leftover))
#> not handled: ExceptionGroup('batch', [KeyError('a'), ValueError('b')])
# --8<-- [end:plain-except-broken]


# --8<-- [start:plain-except-fixed]
errors = ExceptionGroup("batch", [KeyError("a"), ValueError("b")])
try:
    try:
        raise errors
    except* ValueError:  # matches inside the group; the rest is re-raised
        print("handled the ValueError")
except ExceptionGroup as leftover:
    print("not handled:", repr(leftover))
#> handled the ValueError
#> not handled: ExceptionGroup('batch', [KeyError('a')])
# --8<-- [end:plain-except-fixed]


# --8<-- [start:split-and-notes]
group = ExceptionGroup(
    "jobs", [ValueError("bad row 3"), ExceptionGroup("io", [OSError("disk full")])]
)
matched, rest = group.split(OSError)  # nested groups keep their shape
print(repr(matched))
#> ExceptionGroup('jobs', [ExceptionGroup('io', [OSError('disk full')])])
print(repr(rest))
#> ExceptionGroup('jobs', [ValueError('bad row 3')])

error = ValueError("bad row")
error.add_note("file: users.csv, line 3")  # 3.11, PEP 678: shown under the message
print(error.__notes__)
#> ['file: users.csv, line 3']
# --8<-- [end:split-and-notes]
