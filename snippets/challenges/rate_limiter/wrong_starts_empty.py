# fails: check_starts_full, check_larger_costs
# --8<-- [start:wrong]
import time


class TokenBucket:
    def __init__(self, rate, capacity, clock=time.monotonic):
        self.rate, self.capacity, self.clock = rate, capacity, clock
        self.tokens = 0  # empty: the first requests are refused for no reason
        self.updated = clock()

    def allow(self, cost=1):
        now = self.clock()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False


bucket = TokenBucket(rate=1, capacity=3, clock=lambda: 0.0)
print(bucket.allow())
#> False
# --8<-- [end:wrong]
