# Every alternative of an or-pattern must bind the same names.
command = ["go", "north"]
match command:
    case ["go", direction] | ["move", where]:
        print(direction)
