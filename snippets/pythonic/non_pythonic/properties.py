# --8<-- [start:example]
class Thermometer:
    def __init__(self, label, celsius):
        self._label = label
        self.set_celsius(celsius)

    def get_label(self):
        return self._label

    def set_label(self, label):
        self._label = label

    def get_celsius(self):
        return self._celsius

    def set_celsius(self, celsius):
        if celsius < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = celsius

    def get_fahrenheit(self):
        return self._celsius * 9 / 5 + 32


def reading(label, celsius):
    thermometer = Thermometer("unnamed", 0)
    thermometer.set_label(label)
    thermometer.set_celsius(celsius)
    return (
        thermometer.get_label(),
        thermometer.get_celsius(),
        thermometer.get_fahrenheit(),
    )


print(reading("kitchen", 20))
#> ('kitchen', 20, 68.0)
try:
    reading("freezer", -300)
except ValueError as e:
    print("ValueError:", e)
#> ValueError: below absolute zero
# --8<-- [end:example]
