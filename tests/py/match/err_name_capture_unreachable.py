# An unguarded capture pattern matches everything, so it must be the last case.
value = 3
match value:
    case 1:
        print("one")
    case other:
        print("other", other)
    case 2:
        print("two")
