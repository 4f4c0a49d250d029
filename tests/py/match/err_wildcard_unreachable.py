# A bare wildcard case must be the last one.
match 3:
    case _:
        print("anything")
    case 3:
        print("three")
