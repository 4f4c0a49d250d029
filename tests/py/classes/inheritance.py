# Single inheritance: overriding, extending through super(), isinstance/issubclass.
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def kind(self):
        return "animal"


class Dog(Animal):
    sound = "woof"

    def kind(self):
        return "dog, an " + super().kind()


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + f" (age {self.age})"


for a in (Animal("generic"), Dog("rex"), Puppy("bit", 1)):
    print(a.speak(), "|", a.kind())
p = Puppy("p", 2)
print(isinstance(p, Animal), isinstance(p, Dog), isinstance(Dog("d"), Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, (int, Animal)))
print(Puppy.__base__.__name__, [c.__name__ for c in Puppy.__mro__], Puppy.__bases__)
print(Animal.__subclasses__(), Dog.__subclasses__())
print(issubclass(Animal, object), isinstance(Animal, type), type(Puppy).__name__)
try:
    issubclass(p, Animal)
except TypeError as e:
    print(e)
try:
    isinstance(p, "Animal")
except TypeError as e:
    print(e)
