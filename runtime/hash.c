// hash.c: CPython's hash functions for bytes-like data, floats and identities. Integer hashing
// is in objects/int.c, tuples and frozensets hash in their own files.
#include <math.h>
#include <string.h>
#include "runtime/hash.h"

static inline uint64_t
rotl64(uint64_t x, int b)
{
    return (x << b) | (x >> (64 - b));
}

// One SipHash round over the four state words.
static inline void
sip_round(uint64_t *v0, uint64_t *v1, uint64_t *v2, uint64_t *v3)
{
    *v0 += *v1;
    *v2 += *v3;
    *v1 = rotl64(*v1, 13) ^ *v0;
    *v3 = rotl64(*v3, 16) ^ *v2;
    *v0 = rotl64(*v0, 32);
    *v2 += *v1;
    *v0 += *v3;
    *v1 = rotl64(*v1, 17) ^ *v2;
    *v3 = rotl64(*v3, 21) ^ *v0;
    *v2 = rotl64(*v2, 32);
}

// SipHash-1-3 (one compression round, three finalization rounds), CPython's default string
// hash, finishing with CPython's variant (xor of all four words).
static uint64_t
siphash13(uint64_t k0, uint64_t k1, const uint8_t *in, size_t len)
{
    uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
    uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
    uint64_t v3 = k1 ^ 0x7465646279746573ULL;
    uint64_t last = (uint64_t)len << 56;

    for (; len >= 8; len -= 8, in += 8) {
        uint64_t m;
        memcpy(&m, in, 8); // x86-64 and AArch64 Linux are little-endian, as SipHash reads
        v3 ^= m;
        sip_round(&v0, &v1, &v2, &v3);
        v0 ^= m;
    }
    for (size_t i = 0; i < len; i++)
        last |= (uint64_t)in[i] << (8 * i);

    v3 ^= last;
    sip_round(&v0, &v1, &v2, &v3);
    v0 ^= last;
    v2 ^= 0xff;
    sip_round(&v0, &v1, &v2, &v3);
    sip_round(&v0, &v1, &v2, &v3);
    sip_round(&v0, &v1, &v2, &v3);
    return (v0 ^ v1) ^ (v2 ^ v3);
}

Py_hash_t
rt_hash_bytes(const void *p, Py_ssize_t len)
{
    if (len == 0)
        return 0;
    // The key is zero: CPython's hashes under PYTHONHASHSEED=0, so orders are reproducible.
    Py_hash_t x = (Py_hash_t)siphash13(0, 0, p, (size_t)len);
    return x == -1 ? -2 : x;
}

Py_hash_t
rt_hash_pointer(const void *p)
{
    // Objects are 16-byte aligned: rotate the always-zero low bits to the top.
    size_t y = (size_t)p;
    y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
    Py_hash_t x = (Py_hash_t)y;
    return x == -1 ? -2 : x;
}

Py_hash_t
rt_hash_double(PyObject *obj, double v)
{
    if (!isfinite(v)) {
        if (isinf(v))
            return v > 0 ? PyHASH_INF : -PyHASH_INF;
        return rt_hash_pointer(obj);
    }
    // hash(v) is v reduced modulo 2**61 - 1, the same value an equal int or Fraction gets:
    // take the mantissa 28 bits at a time, then fold in the exponent as a rotation.
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    Py_uhash_t x = 0;
    while (m != 0.0) {
        x = ((x << 28) & PyHASH_MODULUS) | x >> (PyHASH_BITS - 28);
        m *= 268435456.0; // 2**28
        e -= 28;
        Py_uhash_t y = (Py_uhash_t)m;
        m -= (double)y;
        x += y;
        if (x >= PyHASH_MODULUS)
            x -= PyHASH_MODULUS;
    }
    e = e >= 0 ? e % PyHASH_BITS : PyHASH_BITS - 1 - ((-1 - e) % PyHASH_BITS);
    x = ((x << e) & PyHASH_MODULUS) | x >> (PyHASH_BITS - e);
    x = x * (Py_uhash_t)(Py_hash_t)sign;
    if (x == (Py_uhash_t)-1)
        x = (Py_uhash_t)-2;
    return (Py_hash_t)x;
}
