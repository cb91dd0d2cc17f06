# fails: check_refills_with_time, check_never_more_than_capacity
# fails: check_refused_requests_cost_nothing
# fails: check_fractions_of_a_token_add_up
# --8<-- [start:wrong]
import time


class TokenBucket:
    def __init__(self, rate, capacity, clock=time.monotonic):
        self.rate, self.capacity = rate, capacity
        self.tokens = capacity
        self.updated = time.monotonic()  # the real clock: a test cannot move it

    def allow(self, cost=1):
        now = time.monotonic()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False


bucket = TokenBucket(rate=1, capacity=1, clock=lambda: 3600.0)
print(bucket.allow(), bucket.allow())  # an hour has "passed", but not for this bucket
#> True False
# --8<-- [end:wrong]
