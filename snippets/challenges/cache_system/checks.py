# --8<-- [start:checks]
class FakeClock:
    """A clock the checks move by hand: time passes only when they say so."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


class Key:
    """A key that counts how often the cache hashes it and compares it with ==."""

    hashes = comparisons = 0

    def __init__(self, value):
        self.value = value

    def __hash__(self):
        Key.hashes += 1
        return hash(self.value)

    def __eq__(self, other):
        Key.comparisons += 1
        return isinstance(other, Key) and self.value == other.value


def keys_present(cache, keys):
    missing = object()
    return [key for key in keys if cache.get(key, missing) is not missing]


def check_get_returns_what_put_stored(ns):
    cache = ns.Cache(3)
    cache.put("a", 1)
    assert cache.get("a") == 1, (
        f"get('a') returned {cache.get('a')!r} after put('a', 1)"
    )
    assert cache.get("zzz") is None, "get of a missing key should return None"
    assert cache.get("zzz", "default") == "default", "get ignored its default"


def check_stores_falsy_values(ns):
    cache, missing = ns.Cache(3), object()
    for key, value in (("none", None), ("zero", 0), ("empty", "")):
        cache.put(key, value)
        got = cache.get(key, missing)
        assert got is not missing, f"put({key!r}, {value!r}), then get found nothing"
        assert got == value, f"put({key!r}, {value!r}), then get returned {got!r}"


def check_capacity_below_one_is_refused(ns):
    for capacity in (0, -1):
        try:
            ns.Cache(capacity)
        except ValueError:
            continue
        raise AssertionError(f"Cache({capacity}) should raise ValueError")


def check_never_holds_more_than_capacity(ns):
    cache = ns.Cache(3)
    for n in range(10):
        cache.put(n, n)
        assert len(cache) == min(n + 1, 3), f"after {n + 1} puts, len is {len(cache)}"


def check_updating_a_key_in_a_full_cache_evicts_nothing(ns):
    cache = ns.Cache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.put("b", 20)  # an update: the cache holds no more entries than before
    got = keys_present(cache, "ab")
    assert got == ["a", "b"], (
        f"put a, b, then b again in a Cache(2): it holds {got}; an update adds no "
        "entry, so nothing should be evicted"
    )


def check_evicts_least_recently_used(ns):
    cache = ns.Cache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.put("c", 3)
    got = keys_present(cache, "abc")
    assert got == ["b", "c"], f"after put a, b, c in a Cache(2), it holds {got}"


def check_get_refreshes_recency(ns):
    cache = ns.Cache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.get("a")  # a is now more recently used than b
    cache.put("c", 3)
    got = keys_present(cache, "abc")
    assert got == ["a", "c"], f"put a, b; get a; put c: it holds {got}, not ['a', 'c']"


def check_put_updates_and_refreshes(ns):
    cache = ns.Cache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.put("a", 10)  # an update: a is now the most recent
    assert len(cache) == 2, f"updating a key changed len to {len(cache)}"
    cache.put("c", 3)
    got = keys_present(cache, "abc")
    assert got == ["a", "c"], f"put a, b, a again, c: it holds {got}, not ['a', 'c']"
    assert cache.get("a") == 10, f"get('a') returned {cache.get('a')!r}, not 10"


def check_entries_expire_after_ttl(ns):
    clock = FakeClock()
    cache = ns.Cache(10, ttl=30, clock=clock)
    cache.put("a", 1)
    cache.put("b", 2)  # read only at the end, so no get can have touched it
    clock.now += 29.9
    assert cache.get("a") == 1, "expired before ttl seconds had passed"
    clock.now += 0.1
    got = cache.get("b", "expired")
    assert got == "expired", f"still there 30 s after put (ttl=30): {got!r}"


def check_get_does_not_extend_ttl(ns):
    clock = FakeClock()
    cache = ns.Cache(10, ttl=30, clock=clock)
    cache.put("a", 1)
    clock.now += 20
    cache.get("a")
    clock.now += 10
    got = cache.get("a", "expired")
    assert got == "expired", f"a get kept the entry alive past its ttl: {got!r}"


def check_put_restarts_ttl(ns):
    clock = FakeClock()
    cache = ns.Cache(10, ttl=30, clock=clock)
    for key in "ab":
        cache.put(key, 1)
    clock.now += 20
    for key in "ab":
        cache.put(key, 2)
    clock.now += 25  # 45 s after the first put, 25 s after the second
    assert cache.get("a") == 2, "a second put should start a new ttl"
    clock.now += 5
    got = cache.get("b", "expired")
    assert got == "expired", f"still there 30 s after its second put: {got!r}"


def check_zero_ttl_expires_at_once(ns):
    clock = FakeClock()
    cache = ns.Cache(10, ttl=0, clock=clock)
    cache.put("a", 1)
    clock.now += 1
    got = cache.get("a", "expired")
    assert got == "expired", (
        f"with ttl=0 the entry was still there 1 s later ({got!r}): a ttl of 0 was "
        "taken as no ttl; test `ttl is None`, not the truth of ttl"
    )


def check_no_ttl_never_expires(ns):
    clock = FakeClock()
    cache = ns.Cache(10, clock=clock)
    cache.put("a", 1)
    clock.now += 10**9
    assert cache.get("a") == 1, "without a ttl an entry should never expire"


def check_each_operation_takes_constant_time(ns):
    size, rounds = 200, 2
    cache = ns.Cache(size)
    keys = [Key(n) for n in range(2 * size)]
    Key.hashes = Key.comparisons = 0
    for _ in range(rounds):
        for key in keys:  # twice as many keys as room: every put evicts
            cache.put(key, key.value)
            cache.get(keys[key.value // 2])
    operations = rounds * len(keys) * 2
    assert Key.comparisons <= operations, (
        f"compared keys with == {Key.comparisons:,} times in {operations:,} gets "
        f"and puts on a Cache({size:,}): each one compared its key with many "
        "entries, a scan (list.remove, list.index, `in` on a list); keep the use "
        "order in an OrderedDict"
    )
    assert Key.hashes <= 10 * operations, (
        f"hashed keys {Key.hashes:,} times in {operations:,} gets and puts on a "
        f"Cache({size:,}): each one looked up many entries, a scan (such as min() "
        "over last-use times to find the oldest); keep the use order instead"
    )


# --8<-- [end:checks]
