// float_repr.c: doubles to and from decimal text: CPython's shortest round-trip repr
// (rt_float_repr_buf), the locale-independent strtod (rt_float_parse) and the underscore
// rule of numeric strings. The float type and float(str)'s whitespace handling are in float.c.
#include <locale.h>
#include <math.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "runtime/runtime.h"

// Krait itself never calls setlocale, but an embedding program or a future `locale` module
// may, and the C library's strtod reads the decimal point from the locale. Every conversion
// therefore runs under the "C" locale (glibc hands out its static C locale object here).
static locale_t
c_locale(void)
{
    static locale_t loc = (locale_t)0;
    if (loc == (locale_t)0)
        loc = newlocale(LC_ALL_MASK, "C", (locale_t)0);
    return loc;
}

// strtod of an already validated decimal literal, under the C locale.
static double
c_strtod(const char *s, char **end)
{
    locale_t c = c_locale();
    locale_t old = c != (locale_t)0 ? uselocale(c) : (locale_t)0;
    double v = strtod(s, end);
    if (c != (locale_t)0)
        uselocale(old);
    return v;
}

// ---- parsing -------------------------------------------------------------------------------

static int
is_digit(char c)
{
    return c >= '0' && c <= '9';
}

// Case-insensitive prefix test against a lower-case ASCII word.
static int
match_word(const char *s, const char *word)
{
    for (; *word != '\0'; s++, word++) {
        if ((*s | 0x20) != *word)
            return 0;
    }
    return 1;
}

// "inf", "infinity" or "nan" at s (any case): the end of the word with *v set, or NULL.
static const char *
parse_special(const char *s, int negative, double *v)
{
    double sign = negative ? -1.0 : 1.0;
    if (match_word(s, "inf")) {
        *v = copysign(INFINITY, sign);
        return match_word(s + 3, "inity") ? s + 8 : s + 3;
    }
    if (match_word(s, "nan")) {
        *v = copysign(NAN, sign); // float("-nan") keeps its sign bit, as in CPython
        return s + 3;
    }
    return NULL;
}

// The end of the longest decimal literal (digits, '.', exponent) at s, or s if none.
static const char *
scan_decimal(const char *s)
{
    const char *p = s;
    int digits = 0;
    for (; is_digit(*p); p++)
        digits++;
    if (*p == '.') {
        for (p++; is_digit(*p); p++)
            digits++;
    }
    if (digits == 0)
        return s;
    if (*p == 'e' || *p == 'E') {
        const char *q = p + 1;
        if (*q == '+' || *q == '-')
            q++;
        if (is_digit(*q)) {
            while (is_digit(*q))
                q++;
            p = q; // an exponent without digits is not part of the number
        }
    }
    return p;
}

double
rt_float_parse(const char *s, char **end)
{
    const char *p = s;
    int negative = 0;
    if (*p == '+' || *p == '-')
        negative = *p++ == '-';
    double v;
    const char *stop = parse_special(p, negative, &v);
    if (stop != NULL) {
        *end = (char *)stop;
        return v;
    }
    stop = scan_decimal(p);
    if (stop == p) {
        *end = (char *)s;
        return 0.0;
    }
    // strtod reads the same decimal syntax, but also hex floats: Python reads "0x1p3" as "0".
    if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
        v = negative ? -0.0 : 0.0;
    else
        v = c_strtod(s, NULL);
    *end = (char *)stop;
    return v;
}

Py_ssize_t
rt_float_strip_underscores(const char *s, Py_ssize_t n, char *out)
{
    Py_ssize_t k = 0;
    char prev = '\0';
    for (Py_ssize_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '_') {
            if (!is_digit(prev))
                return -1;
        } else {
            if (prev == '_' && !is_digit(c))
                return -1;
            out[k++] = c;
        }
        prev = c;
    }
    out[k] = '\0';
    return prev == '_' ? -1 : k;
}

// ---- shortest round-trip digits ------------------------------------------------------------

// A decimal d[0] d[1] ... d[n-1] (ASCII digits, d[0] != '0') times 10**(exp10 - n + 1):
// the value is d[0].d[1]...e<exp10>.
typedef struct {
    char d[24];
    int n;
    int exp10;
} Decimal;

// The p-significant-digit decimal nearest to v (> 0, finite), exactly rounded by printf.
static void
nearest_decimal(double v, int p, Decimal *out)
{
    char buf[48];
    snprintf(buf, sizeof buf, "%.*e", p - 1, v);
    // Only the digits are taken, so the locale's decimal point does not matter.
    const char *s = buf;
    out->n = 0;
    for (; *s != 'e' && *s != '\0'; s++) {
        if (is_digit(*s))
            out->d[out->n++] = *s;
    }
    out->exp10 = *s == 'e' ? atoi(s + 1) : 0;
}

static double
decimal_value(const Decimal *x)
{
    char buf[48];
    snprintf(buf, sizeof buf, "%.*se%d", x->n, x->d, x->exp10 - x->n + 1);
    return c_strtod(buf, NULL);
}

// The next p-digit decimal above x (carrying into a new leading digit if needed).
static void
decimal_up(Decimal *x)
{
    int i = x->n - 1;
    while (i >= 0 && x->d[i] == '9')
        x->d[i--] = '0';
    if (i >= 0) {
        x->d[i]++;
        return;
    }
    x->d[0] = '1'; // 99..9 -> 100..0, one decade up
    x->exp10++;
}

// The next p-digit decimal below x; below 10**k the grid is ten times finer (99..9e(k-1)).
static void
decimal_down(Decimal *x)
{
    int i = x->n - 1;
    while (i >= 0 && x->d[i] == '0')
        x->d[i--] = '9';
    x->d[i]--; // d[0] != '0', so i >= 0
    if (x->d[0] == '0') {
        x->d[0] = '9';
        x->exp10--;
    }
}

// Does some p-digit decimal read back as v? If so, store the one nearest to v in *out.
// Only the nearest p-digit decimal and its neighbour on the other side of v can qualify:
// everything else is farther on one of the two sides. Because any shorter decimal is also a
// p-digit decimal, the answer is monotonic in p.
static int
round_trips_with(double v, int p, Decimal *out)
{
    nearest_decimal(v, p, out);
    double x = decimal_value(out);
    if (x == v)
        return 1;
    if (x < v)
        decimal_up(out);
    else
        decimal_down(out);
    return decimal_value(out) == v;
}

static void
strip_zeros(Decimal *x)
{
    while (x->n > 1 && x->d[x->n - 1] == '0')
        x->n--;
}

// The shortest decimal that reads back as v (> 0, finite), nearest to v among equals:
// the digits of CPython's repr (David Gay's dtoa mode 0).
static void
shortest_decimal(double v, Decimal *out)
{
    if (v >= 0x1p-1022) {
        // For a normal double the rounding interval is narrower than the spacing of 15-digit
        // decimals, so at most one decimal of <= 15 digits reads back as v: the nearest 15-digit
        // one (or its neighbour) with its trailing zeros removed. Otherwise it takes 16 or 17.
        for (int p = 15; p < 17; p++) {
            if (round_trips_with(v, p, out)) {
                strip_zeros(out);
                return;
            }
        }
        nearest_decimal(v, 17, out); // 17 digits always round-trip
        strip_zeros(out);
        return;
    }
    // Subnormals have a wide interval (5e-324 is 4.94...e-324): search 1..17 digits.
    int lo = 1, hi = 17;
    nearest_decimal(v, 17, out);
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        Decimal d;
        if (round_trips_with(v, mid, &d)) {
            *out = d;
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    strip_zeros(out);
}

// Exact integers below 2**53 are their own shortest repr: no decimal search needed.
static void
integer_decimal(double v, Decimal *out)
{
    char buf[24];
    int len = snprintf(buf, sizeof buf, "%" PRId64, (int64_t)v);
    memcpy(out->d, buf, (size_t)len);
    out->n = len;
    out->exp10 = len - 1;
    strip_zeros(out);
}

// ---- formatting ----------------------------------------------------------------------------

// Lay out the digits as CPython's repr: positional for 1e-4 <= |v| < 1e16, else scientific
// with a signed exponent of at least two digits; positional results always show a '.'.
static int
format_decimal(const Decimal *x, int negative, char *buf, size_t size)
{
    char out[48];
    size_t k = 0;
    if (negative)
        out[k++] = '-';
    int decpt = x->exp10 + 1; // digits before the decimal point
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            out[k++] = '0';
            out[k++] = '.';
            for (int i = decpt; i < 0; i++)
                out[k++] = '0';
            memcpy(out + k, x->d, (size_t)x->n);
            k += (size_t)x->n;
        } else {
            for (int i = 0; i < decpt; i++)
                out[k++] = i < x->n ? x->d[i] : '0';
            out[k++] = '.';
            if (decpt >= x->n) {
                out[k++] = '0';
            } else {
                memcpy(out + k, x->d + decpt, (size_t)(x->n - decpt));
                k += (size_t)(x->n - decpt);
            }
        }
        out[k] = '\0';
    } else {
        out[k++] = x->d[0];
        if (x->n > 1) {
            out[k++] = '.';
            memcpy(out + k, x->d + 1, (size_t)(x->n - 1));
            k += (size_t)(x->n - 1);
        }
        snprintf(out + k, sizeof out - k, "e%c%02d", x->exp10 < 0 ? '-' : '+', abs(x->exp10));
    }
    return snprintf(buf, size, "%s", out);
}

int
rt_float_repr_buf(double v, char *buf, size_t size)
{
    if (isnan(v))
        return snprintf(buf, size, "nan");
    if (isinf(v))
        return snprintf(buf, size, v > 0 ? "inf" : "-inf");
    if (v == 0.0)
        return snprintf(buf, size, signbit(v) ? "-0.0" : "0.0");
    int negative = v < 0;
    double a = fabs(v);
    Decimal x;
    if (a < 0x1p53 && a == floor(a))
        integer_decimal(a, &x);
    else
        shortest_decimal(a, &x);
    return format_decimal(&x, negative, buf, size);
}

PyObject *
rt_float_repr(double v)
{
    char buf[48];
    int n = rt_float_repr_buf(v, buf, sizeof buf);
    return PyUnicode_FromStringAndSize(buf, n);
}
