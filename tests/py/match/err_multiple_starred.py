# A sequence pattern takes at most one starred sub-pattern.
match [1, 2, 3]:
    case [first, *middle, *rest]:
        print(first)
