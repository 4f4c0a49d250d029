# A tiny state machine (text adventure) driven by a scripted command list, using dicts and closures.
rooms = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "shelves of books", "exits": {"south": "hall"}, "items": ["key", "book"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "darkness", "exits": {"up": "kitchen"}, "items": ["treasure"]},
}
state = {"room": "hall", "inventory": [], "moves": 0, "locked": True}
def look():
    room = rooms[state["room"]]
    items = ", ".join(room["items"]) or "nothing"
    return "You are in " + room["desc"] + ". You see " + items + ". Exits: " + ", ".join(sorted(room["exits"]))
def go(direction):
    exits = rooms[state["room"]]["exits"]
    if direction not in exits:
        raise LookupError("no exit " + direction)
    if exits[direction] == "cellar" and state["locked"]:
        raise PermissionError("the cellar door is locked")
    state["room"] = exits[direction]
    state["moves"] += 1
    return look()
def take(item):
    items = rooms[state["room"]]["items"]
    items.remove(item)
    state["inventory"].append(item)
    return "Taken: " + item
def use(item):
    if item not in state["inventory"]:
        raise LookupError("you have no " + item)
    if item == "key" and state["room"] == "kitchen":
        state["locked"] = False
        return "The cellar door unlocks."
    return "Nothing happens."
commands = {"look": lambda: look(), "go": go, "take": take, "use": use,
            "inv": lambda: "Carrying: " + (", ".join(state["inventory"]) or "nothing")}
script = ["look", "take lamp", "go west", "go north", "take key", "take sword", "go south", "go east",
          "go down", "use key", "use lamp", "use rope", "go down", "take treasure", "inv", "dance"]
for line in script:
    verb, *args = line.split()
    try:
        print("> " + line)
        print(commands[verb](*args))
    except KeyError:
        print("I don't know how to " + verb)
    except ValueError:
        print("There is no " + args[0] + " here.")
    except (LookupError, PermissionError) as e:
        print("Can't: " + str(e))
print("moves:", state["moves"], "won:", "treasure" in state["inventory"])
