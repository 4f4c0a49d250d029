# input() with stdin at end of file raises EOFError after writing the prompt to stdout.
try:
    line = input("prompt> ")
    print("got", line)
except EOFError as e:
    print()
    print("EOFError:", e)
try:
    input()
except EOFError as e:
    print("second EOFError:", repr(e))
