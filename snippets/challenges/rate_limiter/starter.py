# --8<-- [start:starter]
import time


class TokenBucket:
    """Allow on average `rate` requests a second, in bursts of up to `capacity`.

    The bucket starts full. It gains `rate` tokens a second, continuously
    (fractions count), up to `capacity`. allow(cost) spends `cost` tokens and
    returns True if the bucket has that many; otherwise it spends nothing and
    returns False. `clock()` returns the time in seconds: tests pass a fake one.
    """

    def __init__(self, rate, capacity, clock=time.monotonic):
        raise NotImplementedError("write TokenBucket")

    def allow(self, cost=1):
        raise NotImplementedError("write allow")


# --8<-- [end:starter]
