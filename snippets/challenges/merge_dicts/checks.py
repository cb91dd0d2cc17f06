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


def scribble(value):
    """Change every dict and list inside `value`, at any depth."""
    if isinstance(value, dict):
        for item in list(value.values()):
            scribble(item)
        value["scribbled"] = True
    elif isinstance(value, list):
        value.append("scribbled")


def check_deep_merge_result_is_independent(ns):
    base = {"db": {"host": "h", "opts": {"ssl": True}}, "tags": ["x"]}
    override = {"db": {"port": 2}, "extra": {"k": "v"}}
    before = deepcopy((base, override))
    scribble(ns.deep_merge(base, override))
    assert (base, override) == before, (
        f"changing the result changed an argument: {base}, {override}"
    )


# --8<-- [end:checks]
