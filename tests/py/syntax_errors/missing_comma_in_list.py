# Two expressions side by side in a list without a comma.
items = [1, 2 3]
