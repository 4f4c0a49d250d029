# sys.int_info, sys.float_info and sys.flags.int_max_str_digits: fields, values, indexing,
# repr, and that they are read-only struct sequences.
import sys
print(sys.int_info)
print(sys.float_info)
print(tuple(sys.int_info), len(sys.int_info), sys.int_info[2], sys.int_info[-1])
print(sys.int_info.bits_per_digit, sys.int_info.sizeof_digit,
      sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
fi = sys.float_info
print(fi.max, fi.max_exp, fi.max_10_exp, fi.min, fi.min_exp, fi.min_10_exp, fi.dig,
      fi.mant_dig, fi.epsilon, fi.radix, fi.rounds, len(fi))
print(fi.max == fi[0], fi.max * 2, -fi.max * 2, fi.min / 2 ** 52, fi.min / 2 ** 53,
      1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
print(float.fromhex('0x1.fffffffffffffp+1023') == fi.max, fi.min.hex(), fi.epsilon.hex())
print(2 ** fi.max_exp > int(fi.max), 10 ** fi.max_10_exp < fi.max, 2.0 ** (fi.min_exp - 1) == fi.min)
print(sys.flags.int_max_str_digits, type(sys.int_info).__name__, type(sys.float_info).__name__)
for obj, name in [(sys.int_info, 'bits_per_digit'), (sys.float_info, 'max')]:
    try:
        setattr(obj, name, 1)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    sys.int_info[4]
except IndexError as e:
    print(type(e).__name__, e)
a, b, c, d = sys.int_info
print(a + b + c + d, sys.int_info == (30, 4, 4300, 640), sys.int_info[1:3])
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, hash(sys.maxsize + 1), sys.hash_info.modulus)
