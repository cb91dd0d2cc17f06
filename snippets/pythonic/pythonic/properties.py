# --8<-- [start:example]
class Thermometer:
    def __init__(self, label, celsius):
        self.label = label  # a plain attribute: there is nothing to check
        self.celsius = celsius  # runs the property's setter below

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):  # computed on each read, so it is never stale
        return self.celsius * 9 / 5 + 32


def reading(label, celsius):
    thermometer = Thermometer("unnamed", 0)
    thermometer.label = label
    thermometer.celsius = celsius
    return thermometer.label, thermometer.celsius, thermometer.fahrenheit


print(reading("kitchen", 20))
#> ('kitchen', 20, 68.0)
try:
    reading("freezer", -300)
except ValueError as e:
    print("ValueError:", e)
#> ValueError: below absolute zero
# --8<-- [end:example]
