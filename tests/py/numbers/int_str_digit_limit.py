# The 3.11 int/str conversion length limit: get/set_int_max_str_digits and every conversion
# path it guards (str, repr, int(str), f-strings, format), with CPython's messages.
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits,
      sys.int_info.str_digits_check_threshold)
big = 10 ** 5000
for f in [str, repr, lambda v: f'{v}', lambda v: '{}'.format(v), lambda v: format(v, 'd'),
          lambda v: format(v, ',')]:
    try:
        f(big)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int('1' * 5000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('-' + '1' * 4301)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('1_' * 4300 + '1')
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(10 ** 4299)), len(str(-10 ** 4299)), len(str(int('9' * 4300))))
try:
    str(10 ** 4300)
except ValueError as e:
    print(type(e).__name__, e)
# Power-of-two bases are never limited.
print(len(hex(big)), len(bin(big)), len(oct(big)), len(format(big, 'x')))
print(int('f' * 5000, 16) == 16 ** 5000 - 1, int('1' * 20000, 2) == 2 ** 20000 - 1)
for bad in [1, 639, -1]:
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(bad, type(e).__name__, e)
try:
    sys.set_int_max_str_digits('5000')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys.set_int_max_str_digits()
except TypeError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits(), len(str(10 ** 639)))
try:
    str(10 ** 640)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('5' * 641)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=0)
print(sys.get_int_max_str_digits(), len(str(big)), int('7' * 6000) % 1000)
sys.set_int_max_str_digits(5001)
print(len(str(big)), len(repr(-big)))
try:
    str(10 ** 5001)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(4300)
# Other bases than powers of two are limited when parsing (not when printing: no such path).
try:
    int('1' * 5000, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('1' * 5000, 36)
except ValueError as e:
    print(type(e).__name__, e)
print(int('1' * 5000, 8) % 7, int('1' * 5000, 32) % 7)
print(sys.flags.int_max_str_digits)
for bad in [2 ** 31, -2 ** 31 - 1, 2 ** 100]:
    try:
        sys.set_int_max_str_digits(bad)
    except OverflowError as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(2 ** 31 - 1)
print(sys.get_int_max_str_digits(), len(str(10 ** 5000)))
sys.set_int_max_str_digits(4300)
