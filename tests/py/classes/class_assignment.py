# Assigning obj.__class__ between compatible classes.
class Cat:
    def speak(self):
        return f"{self.name} meows"


class Dog:
    def speak(self):
        return f"{self.name} barks"


pet = Cat()
pet.name = "Rex"
print(pet.speak(), type(pet).__name__)
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__, isinstance(pet, Dog), isinstance(pet, Cat), pet.name)


class Slotted:
    __slots__ = ("a",)


class OtherSlots:
    __slots__ = ("a", "b")


for target, value in ((pet, 5), (pet, int), (1, Dog), (Slotted(), OtherSlots), (pet, Slotted)):
    try:
        target.__class__ = value
        print("assigned", type(target).__name__)
    except TypeError as e:
        print("TypeError:", e)
try:
    del pet.__class__
except TypeError as e:
    print("TypeError:", e)


class State:
    def handle(self):
        return "base"


class Idle(State):
    def handle(self):
        self.__class__ = Busy
        return "idle -> busy"


class Busy(State):
    def handle(self):
        self.__class__ = Idle
        return "busy -> idle"


machine = Idle()
print([machine.handle() for _ in range(4)], type(machine).__name__)
