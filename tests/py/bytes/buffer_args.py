# Bytes-like arguments across the bytes and bytearray API: every method that takes bytes
# accepts bytearray and memoryview (contiguous ones), and the error when it does not.
from mod_show import rep, show

kinds = [b'an', bytearray(b'an'), memoryview(b'an'), memoryview(b'xaxn')[1::2], 'an', 97, None]
for arg in kinds:
    for s in (b'banana', bytearray(b'banana')):
        k = type(s).__name__
        show(f'{k}.count({rep(arg)})', lambda: s.count(arg))
        show(f'{k}.split({rep(arg)})', lambda: s.split(arg))
        show(f'{k}.strip({rep(arg)})', lambda: s.strip(arg))
        show(f'{k}.replace({rep(arg)}, b"-")', lambda: s.replace(arg, b'-'))
        show(f'{k}.replace(b"a", {rep(arg)})', lambda: s.replace(b'a', arg))
        show(f'{k}.startswith({rep(arg)})', lambda: s.startswith(arg))
        show(f'{k}.partition({rep(arg)})', lambda: s.partition(arg))
        show(f'{k}.removeprefix({rep(arg)})', lambda: s.removeprefix(arg))
        show(f'{k}.join([{rep(arg)}])', lambda: s.join([arg, b'!']))
        show(f'{k} + {rep(arg)}', lambda: s + arg)
        show(f'{rep(arg)} in {k}', lambda: arg in s)
        show(f'{k}.translate(None, {rep(arg)})', lambda: s.translate(None, arg))
        show(f'{k} == {rep(arg)}', lambda: s == arg)
    show(f'bytearray.extend({rep(arg)})', lambda: (lambda b: (b.extend(arg), b)[1])(bytearray(b'x')))
    show(f'bytes({rep(arg)})', lambda: bytes(arg))
    show(f'bytes.maketrans({rep(arg)}, b"xy")', lambda: bytes.maketrans(arg, b'xy')[97:99])
    show(f'b"%b" % {rep(arg)}', lambda: b'%b' % (arg,))
    show(f'memoryview({rep(arg)})', lambda: memoryview(arg).tobytes())
