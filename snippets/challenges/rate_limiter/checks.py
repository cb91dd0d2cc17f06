# --8<-- [start:checks]
class FakeClock:
    """A clock the checks move by hand: no waiting, the same result every run."""

    def __init__(self):
        self.now, self.reads = 1000.0, 0

    def __call__(self):
        self.reads += 1
        return self.now


def reads_clock(clock):
    assert clock.reads, (
        "TokenBucket never called the clock it was given: read the time with "
        "self.clock(), so that tests and callers control it"
    )


def allowed(bucket, times, cost=1):
    return [bucket.allow(cost) for _ in range(times)]


def refusals_spend(ns):
    """True if refused requests spend tokens (a bucket that goes into debt)."""
    clock = FakeClock()
    bucket = ns.TokenBucket(rate=1, capacity=1, clock=clock)
    allowed(bucket, 3)
    clock.now += 1
    return not bucket.allow()


def check_starts_full(ns):
    clock = FakeClock()
    bucket = ns.TokenBucket(rate=1, capacity=3, clock=clock)
    got = allowed(bucket, 4)
    assert got == [True, True, True, False], (
        f"four requests at once gave {got}: a new bucket is full, so a burst of "
        "`capacity` requests passes and the next one waits"
    )


def check_refills_with_time(ns):
    clock = FakeClock()
    bucket = ns.TokenBucket(rate=4, capacity=2, clock=clock)
    allowed(bucket, 2)
    reads_clock(clock)
    clock.now += 0.25  # 4 tokens a second: one token
    got = allowed(bucket, 2)
    assert got == [True, False], (
        f"0.25 s after emptying a 4-per-second bucket, two requests gave {got}, not "
        "[True, False]: add rate * elapsed tokens, timed with the clock passed in"
    )


def check_never_more_than_capacity(ns):
    clock = FakeClock()
    bucket = ns.TokenBucket(rate=10, capacity=3, clock=clock)
    allowed(bucket, 3)
    reads_clock(clock)
    clock.now += 1000
    got = sum(allowed(bucket, 10))
    assert got <= 3, (
        f"after a 1000 s pause, {got} requests passed, not 3: the bucket never "
        "holds more than `capacity` tokens"
    )
    assert got == 3, (
        f"after a 1000 s pause, only {got} requests passed, not 3: the bucket "
        "refills up to `capacity`, timed with the clock passed in"
    )


def check_refused_requests_cost_nothing(ns):
    clock = FakeClock()
    bucket = ns.TokenBucket(rate=1, capacity=1, clock=clock)
    bucket.allow()
    allowed(bucket, 5)  # refused: the bucket is empty
    reads_clock(clock)
    clock.now += 1
    assert bucket.allow(), (
        "after 1 s at 1 token a second, a request was refused: the five refused "
        "requests before it must not have spent tokens"
    )


def check_fractions_of_a_token_add_up(ns):
    clock = FakeClock()
    bucket = ns.TokenBucket(rate=1, capacity=1, clock=clock)
    bucket.allow()
    reads_clock(clock)
    got = []
    for _ in range(4):
        clock.now += 0.25
        got.append(bucket.allow())
    if any(got[:3]):
        raise AssertionError(
            f"requests every 0.25 s at 1 token a second gave {got}: a request passed "
            "before a whole token was earned; is the same time added more than once?"
        )
    if not got[3] and refusals_spend(ns):
        raise AssertionError(
            f"requests every 0.25 s at 1 token a second gave {got}: the refused "
            "requests spent tokens, so none was left after 1 s"
        )
    assert got[3], (
        f"requests every 0.25 s at 1 token a second gave {got}: after 1 s a token "
        "is due; keep the fractions (no int()), they add up"
    )


def check_larger_costs(ns):
    clock = FakeClock()
    bucket = ns.TokenBucket(rate=1, capacity=5, clock=clock)
    got = [bucket.allow(3), bucket.allow(3), bucket.allow(2)]
    assert got[0], "a new 5-token bucket refused allow(3): a new bucket starts full"
    if got[2] is False and refusals_spend(ns):
        raise AssertionError(
            f"allow(3), allow(3), allow(2) on a full 5-token bucket gave {got}: the "
            "refused allow(3) spent tokens"
        )
    assert got == [True, False, True], (
        f"allow(3), allow(3), allow(2) on a full 5-token bucket gave {got}, not "
        "[True, False, True]: allow(cost) needs `cost` tokens"
    )
    clock.now += 1000
    assert not bucket.allow(6), "allow(6) passed, but the bucket holds at most 5"


# --8<-- [end:checks]
