# --8<-- [start:float-money]
from decimal import Decimal

print(0.1 + 0.2)
#> 0.30000000000000004
print(0.1 + 0.2 == 0.3)
#> False
balance = 0.0
for _ in range(10):  # ten deposits of 10 cents
    balance += 0.10
print(balance, balance == 1.0)
#> 0.9999999999999999 False
print(sum([0.10] * 10))  # 3.12+ sum() compensates for rounding; += does not
#>[3.11] 0.9999999999999999
#>[>=3.12] 1.0
print(Decimal("0.1") + Decimal("0.2") == Decimal("0.3"))
#> True
print(sum([Decimal("0.10")] * 10))
#> 1.00
print(Decimal(0.1))  # built from a float: exact, so it keeps the binary error
#> 0.1000000000000000055511151231257827021181583404541015625
try:
    Decimal("1.00") + 0.5
except TypeError as exc:
    print(exc)
#> unsupported operand type(s) for +: 'decimal.Decimal' and 'float'
# Comparisons do mix, silently and exactly: the float 0.1 is a little above 0.1.
print(Decimal("0.1") == 0.1, Decimal("0.1") < 0.1)
#> False True
# --8<-- [end:float-money]

# --8<-- [start:account]
import threading
from decimal import Decimal, InvalidOperation

CENT = Decimal("0.01")


class AccountError(Exception):
    """Base class: `except AccountError` catches every refusal below."""


class InvalidAmount(AccountError, ValueError):
    """Zero, negative, not a number, or finer than one cent."""


class InsufficientFunds(AccountError):
    def __init__(self, balance, amount):
        super().__init__(f"cannot withdraw {amount}, balance is {balance}")
        self.balance = balance
        self.amount = amount


def to_amount(value):
    """Accept Decimal, int or str; refuse float and bool on purpose."""
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        kind = type(value).__name__
        raise TypeError(f"amount must be Decimal, int or str, not {kind}")
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise InvalidAmount(f"not a number: {value!r}") from None
    if not amount.is_finite():  # "NaN" and "Infinity" parse fine
        raise InvalidAmount(f"not a finite number: {value!r}")
    if amount <= 0:
        raise InvalidAmount(f"amount must be positive: {value!r}")
    try:
        cents = amount.quantize(CENT)
    except InvalidOperation:  # the result needs more digits than the context has
        raise InvalidAmount(f"amount is too large: {value!r}") from None
    if cents != amount:
        raise InvalidAmount(f"amount has fractions of a cent: {value!r}")
    return cents


class Account:
    def __init__(self, owner):
        self.owner = owner
        self._balance = Decimal("0.00")
        self._history = []
        self._lock = threading.Lock()  # each change is a read-modify-write

    @property
    def balance(self):  # no setter: only deposit() and withdraw() change it
        return self._balance

    @property
    def history(self):
        return tuple(self._history)  # a copy callers cannot append to

    def deposit(self, amount):
        amount = to_amount(amount)  # validate before touching any state
        with self._lock:
            self._balance += amount
            self._history.append(("deposit", amount))
            return self._balance

    def withdraw(self, amount):
        amount = to_amount(amount)
        with self._lock:  # the check and the update must not be split
            if amount > self._balance:
                raise InsufficientFunds(self._balance, amount)
            self._balance -= amount
            self._history.append(("withdraw", amount))
            return self._balance

    def __repr__(self):
        return f"Account({self.owner!r}, balance={self._balance})"


def refused(exc_type, action, *args):
    """Fail loudly unless action(*args) raises exc_type."""
    try:
        action(*args)
    except exc_type as exc:
        print(f"refused, {type(exc).__name__}: {exc}")
    else:
        raise AssertionError(f"{action.__name__}{args} was not refused")


account = Account("Ada")
print(account.deposit(Decimal("100.00")), account.deposit("0.10"), account.deposit(5))
#> 100.00 100.10 105.10
print(account.withdraw("30.05"))
#> 75.05
refused(InsufficientFunds, account.withdraw, Decimal("500"))
#> refused, InsufficientFunds: cannot withdraw 500.00, balance is 75.05
refused(InvalidAmount, account.deposit, -5)
#> refused, InvalidAmount: amount must be positive: -5
refused(InvalidAmount, account.withdraw, "0")
#> refused, InvalidAmount: amount must be positive: '0'
refused(InvalidAmount, account.deposit, "0.001")
#> refused, InvalidAmount: amount has fractions of a cent: '0.001'
refused(InvalidAmount, account.deposit, "NaN")
#> refused, InvalidAmount: not a finite number: 'NaN'
refused(InvalidAmount, account.deposit, "1E+30")  # too many digits for quantize()
#> refused, InvalidAmount: amount is too large: '1E+30'
refused(InvalidAmount, account.deposit, "ten")
#> refused, InvalidAmount: not a number: 'ten'
refused(TypeError, account.deposit, 0.1)
#> refused, TypeError: amount must be Decimal, int or str, not float
refused(TypeError, account.deposit, True)  # bool is a subclass of int
#> refused, TypeError: amount must be Decimal, int or str, not bool
refused(AttributeError, setattr, account, "balance", Decimal("1000000"))
#> refused, AttributeError: property 'balance' of 'Account' object has no setter
refused(ValueError, account.deposit, "-1")  # InvalidAmount is a ValueError too
#> refused, InvalidAmount: amount must be positive: '-1'
refused(AccountError, account.withdraw, "75.06")  # one clause for every refusal
#> refused, InsufficientFunds: cannot withdraw 75.06, balance is 75.05
print(account)  # the refused operations changed nothing
#> Account('Ada', balance=75.05)
for entry in account.history:
    print(*entry)
#> deposit 100.00
#> deposit 0.10
#> deposit 5.00
#> withdraw 30.05
# --8<-- [end:account]

# --8<-- [start:float-trap]
from decimal import Decimal, FloatOperation, localcontext

with localcontext() as ctx:  # a local context: the global one is left alone
    ctx.traps[FloatOperation] = True
    try:
        Decimal(0.1)
    except FloatOperation:
        print("Decimal(0.1) refused")
    print(Decimal.from_float(0.1) == Decimal("0.1"))  # explicit: still allowed
#> Decimal(0.1) refused
#> False
print(Decimal(str(0.1)))  # a deliberate conversion through the float's repr
#> 0.1
# --8<-- [end:float-trap]

# --8<-- [start:validate-broken]
from decimal import Decimal, InvalidOperation

CENT = Decimal("0.01")


class InvalidAmount(ValueError):
    pass


def to_amount(value):
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise InvalidAmount(f"not a number: {value!r}") from None
    if not amount.is_finite() or amount <= 0:
        raise InvalidAmount(f"amount must be positive: {value!r}")
    if amount != amount.quantize(CENT):  # outside the try: can raise on its own
        raise InvalidAmount(f"amount has fractions of a cent: {value!r}")
    return amount.quantize(CENT)


for value in ["NaN", "1E+30"]:
    try:
        to_amount(value)
    except Exception as exc:
        print(f"{value}: {type(exc).__name__}: {exc}")
#> NaN: InvalidAmount: amount must be positive: 'NaN'
#> 1E+30: InvalidOperation: [<class 'decimal.InvalidOperation'>]
# --8<-- [end:validate-broken]

# --8<-- [start:validate-fixed]
from decimal import Decimal, InvalidOperation

CENT = Decimal("0.01")


class InvalidAmount(ValueError):
    pass


def to_amount(value):
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise InvalidAmount(f"not a number: {value!r}") from None
    if not amount.is_finite():
        raise InvalidAmount(f"not a finite number: {value!r}")
    if amount <= 0:
        raise InvalidAmount(f"amount must be positive: {value!r}")
    try:
        cents = amount.quantize(CENT)
    except InvalidOperation:  # more digits than the context's precision (28)
        raise InvalidAmount(f"amount is too large: {value!r}") from None
    if cents != amount:
        raise InvalidAmount(f"amount has fractions of a cent: {value!r}")
    return cents


for value in ["NaN", "1E+30"]:
    try:
        to_amount(value)
    except Exception as exc:
        print(f"{value}: {type(exc).__name__}: {exc}")
#> NaN: InvalidAmount: not a finite number: 'NaN'
#> 1E+30: InvalidAmount: amount is too large: '1E+30'
# --8<-- [end:validate-fixed]
