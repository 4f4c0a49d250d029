# An irrefutable alternative must be the last one of an or-pattern.
match 5:
    case [x] | x | 4:
        print(x)
