# A character that is not valid in Python source.
price = 5 € 3
