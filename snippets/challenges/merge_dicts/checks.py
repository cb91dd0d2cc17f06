# --8<-- [start:checks]
from copy import deepcopy


def check_later_dict_wins(ns):
    got = ns.merge({"a": 1, "b": 2}, {"b": 3, "c": 4}, {"c": 5})
    assert got == {"a": 1, "b": 3, "c": 5}, f"merge(...) returned {got}"


def check_merge_of_nothing(ns):
    assert ns.merge() == {}, f"merge() returned {ns.merge()!r}, not {{}}"
    assert ns.merge({}, {}) == {}, "merge({}, {}) should be {}"


def check_merge_leaves_inputs_alone(ns):
    first, second = {"a": 1}, {"a": 2, "b": 3}
    got = ns.merge(first, second)
    assert first == {"a": 1} and second == {"a": 2, "b": 3}, "an argument changed"
    assert got is not first and got is not second, (
        "returned an argument, not a new dict"
    )


def check_merge_of_one_dict_is_a_new_dict(ns):
    only = {"a": 1}
    got = ns.merge(only)
    assert got is not only, "merge(d) returned d itself, not a new dict"
    assert got == {"a": 1}, f"merge({{'a': 1}}) returned {got!r}"


def check_writing_to_the_merge_result_leaves_inputs_alone(ns):
    first, second = {"a": 1}, {"b": 2}
    got = ns.merge(first, second)
    got["a"], got["c"] = 10, 3
    del got["b"]
    assert first == {"a": 1} and second == {"b": 2}, (
        f"writing to the result ({type(got).__name__}) changed the arguments to "
        f"{first} and {second}: it writes through to them; build a dict of its own"
    )


def check_deep_merge_merges_nested_dicts(ns):
    base = {"db": {"host": "h", "port": 1}, "debug": False}
    got = ns.deep_merge(base, {"db": {"port": 2}})
    want = {"db": {"host": "h", "port": 2}, "debug": False}
    assert got == want, f"deep_merge(...) returned {got}, not {want}"
    base = {"a": {"b": {"c": 1, "d": 2}}}
    got = ns.deep_merge(base, {"a": {"b": {"d": 3, "e": 4}}})
    want = {"a": {"b": {"c": 1, "d": 3, "e": 4}}}
    assert got == want, f"three levels deep: returned {got}, not {want}"


def check_deep_merge_override_wins_on_type_clash(ns):
    got = ns.deep_merge({"a": {"x": 1}}, {"a": 5})
    assert got == {"a": 5}, f"a value replaces a dict: returned {got}"
    got = ns.deep_merge({"a": 5}, {"a": {"x": 1}})
    assert got == {"a": {"x": 1}}, f"a dict replaces a value: returned {got}"
    got = ns.deep_merge({"a": [1, 2]}, {"a": [3]})
    assert got == {"a": [3]}, f"lists are replaced, not merged: returned {got}"


def check_deep_merge_with_empty_dicts(ns):
    assert ns.deep_merge({}, {}) == {}, "deep_merge({}, {}) should be {}"
    got = ns.deep_merge({"a": {"b": 1}}, {})
    assert got == {"a": {"b": 1}}, f"merging {{}} changed the dict: {got}"


def check_deep_merge_leaves_inputs_alone(ns):
    base = {"db": {"host": "h", "port": 1}, "tags": ["x"]}
    override = {"db": {"port": 2}, "extra": {"k": "v"}}
    before = deepcopy((base, override))
    ns.deep_merge(base, override)
    assert (base, override) == before, f"an argument changed: {base}, {override}"


def containers(value, path="result"):
    """(path, object) for every dict and list inside `value`, at any depth."""
    if isinstance(value, (dict, list)):
        yield path, value
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            yield from containers(item, f"{path}[{key!r}]")


def check_deep_merge_result_is_independent(ns):
    base = {"db": {"host": "h", "opts": {"ssl": True}}, "tags": ["x"]}
    override = {"db": {"port": 2}, "extra": {"k": "v"}, "hosts": ["a", "b"]}
    owners = {}
    for name, argument in (("base", base), ("override", override)):
        for path, value in containers(argument, name):
            owners[id(value)] = path
    for path, value in containers(ns.deep_merge(base, override)):
        assert id(value) not in owners, (
            f"{path} is the very {type(value).__name__} at {owners[id(value)]}: "
            "changing the result would change the argument; copy it"
        )


# --8<-- [end:checks]
