# Freeing 300,000-deep chains of class instances (dict, __slots__, list subclass, __del__) does
# not overflow the C stack.
class Node:
    def __init__(self, nxt): self.next = nxt
class SNode:
    __slots__ = ('next',)
    def __init__(self, nxt): self.next = nxt
class LNode(list):
    pass
n = None
for i in range(300000): n = Node(n)
print("built")
n = None
print("freed dict nodes")
for i in range(300000): n = SNode(n)
n = None
print("freed slot nodes")
for i in range(300000):
    n = LNode([n])
n = None
print("freed list nodes")
class D:
    def __init__(self, nxt): self.next = nxt
    def __del__(self): pass
for i in range(100000): n = D(n)
n = None
print("freed del nodes")
