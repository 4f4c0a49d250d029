# A literal key may appear only once in a mapping pattern.
config = {"mode": "fast"}
match config:
    case {"mode": "fast", "level": 1, "mode": m}:
        print(m)
