# A linked list class implementing the container, comparison and arithmetic protocols.
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._len = 0
        for item in reversed(list(items)):
            self.push(item)

    def push(self, value):
        self.head = Node(value, self.head)
        self._len += 1

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        node = self.head
        self.head = node.next
        self._len -= 1
        return node.value

    def __len__(self):
        return self._len

    def __iter__(self):
        values = []
        node = self.head
        while node is not None:
            values.append(node.value)
            node = node.next
        return iter(values)

    def __reversed__(self):
        return iter(list(self)[::-1])

    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(list(self)[index])
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("LinkedList index out of range")
        for i, v in enumerate(self):
            if i == index:
                return v

    def __setitem__(self, index, value):
        node = self.head
        for _ in range(index):
            node = node.next
        node.value = value

    def __contains__(self, value):
        return any([v == value for v in self])

    def __eq__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return list(self) == list(other)

    def __lt__(self, other):
        return list(self) < list(other)

    def __add__(self, other):
        return LinkedList(list(self) + list(other))

    def __radd__(self, other):
        return LinkedList(list(other) + list(self))

    def __iadd__(self, other):
        tail = self.head
        items = list(other)
        if tail is None:
            for v in reversed(items):
                self.push(v)
            return self
        while tail.next is not None:
            tail = tail.next
        for v in items:
            tail.next = Node(v)
            tail = tail.next
            self._len += 1
        return self

    def __mul__(self, n):
        return LinkedList(list(self) * n)

    __rmul__ = __mul__

    def __bool__(self):
        return self.head is not None

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    __hash__ = None


ll = LinkedList([1, 2, 3])
print(ll, len(ll), ll[0], ll[-1], ll[1:], list(reversed(ll)), 2 in ll, 5 in ll)
ll.push(0)
print(ll, ll.pop(), ll)
ll[1] = 20
print(ll, ll == LinkedList([1, 20, 3]), ll != LinkedList(), ll == [1, 20, 3])
print(ll + LinkedList([4]), [0] + ll, ll * 2, 2 * LinkedList("ab"))
alias = ll
ll += [7, 8]
print(ll, alias is ll, len(ll))
empty = LinkedList()
empty += (1,)
print(empty, bool(empty), bool(LinkedList()))
print(sorted([LinkedList([2]), LinkedList([1, 5]), LinkedList([1])]))
print(sum([LinkedList([1]), LinkedList([2])], LinkedList()))
try:
    LinkedList().pop()
except IndexError as e:
    print(e)
try:
    ll[10]
except IndexError as e:
    print(e)
try:
    {ll}
except TypeError as e:
    print(e)
a, b, *rest = ll
print(a, b, rest, max(ll), min(ll), dict(zip(ll, "abcde")))
