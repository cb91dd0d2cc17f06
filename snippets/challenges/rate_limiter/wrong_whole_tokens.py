# fails: check_fractions_of_a_token_add_up
# --8<-- [start:wrong]
import time


class TokenBucket:
    def __init__(self, rate, capacity, clock=time.monotonic):
        self.rate, self.capacity, self.clock = rate, capacity, clock
        self.tokens = capacity
        self.updated = clock()

    def allow(self, cost=1):
        now = self.clock()
        earned = int((now - self.updated) * self.rate)  # drops the fraction...
        self.tokens = min(self.capacity, self.tokens + earned)
        self.updated = now  # ...and the time that earned it
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False


class FakeClock:
    now = 0.0

    def __call__(self):
        return self.now


clock = FakeClock()
bucket = TokenBucket(rate=1, capacity=1, clock=clock)
bucket.allow()
got = []
for _ in range(8):  # a request every 0.5 s for 4 s: 4 tokens earned
    clock.now += 0.5
    got.append(bucket.allow())
print(got)
#> [False, False, False, False, False, False, False, False]
# --8<-- [end:wrong]
