# --8<-- [start:solution]
import time


class TokenBucket:
    def __init__(self, rate, capacity, clock=time.monotonic):
        self.rate, self.capacity, self.clock = rate, capacity, clock
        self.tokens = capacity  # start full: a burst is allowed at once
        self.updated = clock()

    def allow(self, cost=1):
        now = self.clock()
        elapsed = now - self.updated
        self.tokens = min(self.capacity, self.tokens + elapsed * self.rate)
        self.updated = now  # the tokens are now up to date with the clock
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False  # refused: nothing is spent


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


clock = FakeClock()
bucket = TokenBucket(rate=2, capacity=3, clock=clock)
print([bucket.allow() for _ in range(4)])  # a burst of 3, then empty
#> [True, True, True, False]
clock.now += 0.5  # half a second at 2 tokens a second: one token
print(bucket.allow(), bucket.allow())
#> True False
clock.now += 60  # a long pause fills the bucket, but only to capacity
print(bucket.allow(cost=3), bucket.allow())
#> True False
# --8<-- [end:solution]
