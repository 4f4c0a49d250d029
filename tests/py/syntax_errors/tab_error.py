# Mixing tabs and spaces inconsistently in one block.
def f():
        x = 1
	return x
