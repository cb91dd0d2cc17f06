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
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        if self.tokens >= cost:
            self.tokens -= cost
            self.updated = now  # only on success: a refusal's time is added again
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
for _ in range(4):
    clock.now += 0.25
    got.append(bucket.allow())
print(got)  # passes at 0.75 s, before a whole token is earned
#> [False, False, True, False]
# --8<-- [end:wrong]
