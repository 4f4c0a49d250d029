# Patterns take literals and dotted names, not arbitrary expressions (f-strings included).
name = "world"
match "hello world":
    case f"hello {name}":
        print("greeted")
