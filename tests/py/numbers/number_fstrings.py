# Numbers in f-strings and str.format with the simple specs: width alignment and fixed precision.
values = [0, 7, -7, 1234567, 3.14159, -2.5, 1e10, 1 / 3]
for v in values:
    print(f"[{v}] [{v!r}] [{v:>12}] [{v:.3f}]")
print(f"{2 ** 64:>25}|")
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {-0.5:.0f}")
print(f"{1e-7:.3f} {123.4567:.2f} {9.9999:.3f} {-0.0001:.3f}")
print(f"{12:.3f} {True:.1f} {True:>5}")
print(f"{float('inf'):.2f} {float('nan'):>6}")
print("{} and {}".format(1, 2.5), "{0}{1}{0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{:>6}|{:.2f}".format(42, 2.71828))
total = 0
for price in [19.99, 5.01, 100.0]:
    total += price
    print(f"{price:>10}", f"{total:.2f}")
