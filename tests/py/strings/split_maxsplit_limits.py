# split/rsplit with maxsplit: negative means no limit, huge and non-int values raise like CPython.
text = "a b  c d"
for n in (-1, 0, 1, 2, 10):
    print(n, text.split(None, n), text.rsplit(None, n), "a,b,,c".split(",", n))
print(text.split(maxsplit=1), text.rsplit(sep=" ", maxsplit=2))
for bad in (2 ** 70, -(2 ** 70), "x", 1.5):
    try:
        text.split(None, bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
    try:
        b"a b".split(None, bad)
    except (TypeError, OverflowError) as e:
        print("bytes", type(e).__name__, e)
