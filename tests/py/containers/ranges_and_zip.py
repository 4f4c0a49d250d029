# zip/enumerate/reversed/range combinations used as containers and turned into lists and dicts.
names = ["ann", "bob", "cy"]
ages = [30, 25, 41, 99]
print(list(zip(names, ages)))
print(dict(zip(names, ages)))
print(list(zip()), list(zip([1])), list(zip("ab", "cd", "ef")))
print(list(enumerate(names)), list(enumerate(names, 10)))
for i, (name, age) in enumerate(zip(names, ages), start=1):
    print(i, name, age)
pairs = list(zip(names, ages))
unzipped = list(zip(*pairs))
print(unzipped)
print(list(reversed(names)), list(reversed(range(3))), list(reversed("abc")))
print(list(map(str, range(5))), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
e = enumerate("xy")
print(next(e), next(e), next(e, "end"))
print(sum(range(1, 11)), list(range(10)[2:8:2]), max(range(7)))
