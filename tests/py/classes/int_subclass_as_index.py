# int subclasses are indexes by value: their __index__ is not called; exact ints come back.
class G(int):
    def __index__(self):
        return 5
class H(int):
    pass
data = [1, 2, 3, 4, 5, 6]
print(data[G(1)], data[H(2)], data[G(1):G(3)], "abcdef"[G(0)], range(10)[G(2)])
print(hex(G(255)), bin(H(5)), type(H(3).__index__()), [0] * G(3))
import math
print(math.comb(G(5), H(2)), len(range(G(7))))
