# sorted(), min(), max() and list.sort() use __lt__ only.
class Task:
    def __init__(self, priority, name):
        self.priority, self.name = priority, name

    def __lt__(self, other):
        return (self.priority, self.name) < (other.priority, other.name)

    def __repr__(self):
        return f"{self.name}:{self.priority}"


tasks = [Task(3, "write"), Task(1, "plan"), Task(2, "code"), Task(1, "coffee")]
print(sorted(tasks))
print(sorted(tasks, reverse=True))
print(min(tasks), max(tasks))
tasks.sort()
print(tasks)
print(sorted(tasks, key=lambda t: t.name))
try:
    Task(1, "a") > 3
except TypeError as e:
    print(e)
print(Task(1, "a") > Task(0, "b"))
