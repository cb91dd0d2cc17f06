# --8<-- [start:alt]
import time


class TokenBucket:
    """The same limiter kept as one number: the time at which the bucket would be
    full again (the "generic cell rate algorithm", GCRA)."""

    def __init__(self, rate, capacity, clock=time.monotonic):
        self.interval = 1 / rate  # seconds per token
        self.burst = capacity * self.interval  # how far ahead of now `full_at` may be
        self.clock = clock
        self.full_at = clock()  # full now

    def allow(self, cost=1):
        now = self.clock()
        full_at = max(self.full_at, now) + cost * self.interval
        if full_at - now > self.burst:
            return False  # would need more tokens than the bucket holds
        self.full_at = full_at
        return True


times = iter([0.0, 0.0, 0.0, 0.0, 0.5, 0.5])
bucket = TokenBucket(rate=2, capacity=2, clock=lambda: next(times))
print([bucket.allow() for _ in range(5)])
#> [True, True, False, True, False]
# --8<-- [end:alt]
