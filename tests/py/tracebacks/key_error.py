# An uncaught KeyError shows the repr of the key.
inventory = {"apples": 3, "pears": 5}
for fruit in ["apples", "pears", "plums"]:
    print(fruit, inventory[fruit])
