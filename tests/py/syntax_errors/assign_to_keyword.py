# Assigning to True.
True = 0
