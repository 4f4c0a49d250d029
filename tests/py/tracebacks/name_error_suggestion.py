# An uncaught NameError for a misspelt name gets CPython's "Did you mean" suggestion.
def compute_total(prices):
    subtotal = sum(prices)
    return subtotl * 2
print(compute_total([1, 2]))
