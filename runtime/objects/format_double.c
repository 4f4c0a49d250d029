// format_double.c: PyOS_double_to_string: decimal text of a double for the format codes
// 'e', 'f', 'g' (and upper-case) and 'r', laid out as CPython's pystrtod.c does. Correctly
// rounded digits come from the C library's printf (exact in glibc) or, for 'r', from the
// shortest repr in float_repr.c. The format-spec mini-language that uses it is format.c's.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/objects/format.h"

// ---- decimal digits of a double (the modes of Gay's dtoa) ---------------------------------------

typedef struct {
    char *digits; // significant digits, no leading or trailing zeros ("" or "0" for zero)
    int ndigits;
    int decpt;    // the value is 0.<digits> * 10**decpt
    int sign;     // 1 if negative (signbit), also for -0.0
    char buf[64]; // digits live here unless `heap` holds them
    char *heap;
} Digits;

static void
digits_free(Digits *d)
{
    PyMem_Free(d->heap);
}

// Take the significand and exponent out of printf or repr text: "-123.4500e+07" style.
static void
digits_from_text(Digits *d, char *text)
{
    char *p = text, *out = text;
    int before_point = 0, seen_point = 0, exp = 0;
    if (*p == '-' || *p == '+')
        p++;
    for (; *p != '\0' && *p != 'e' && *p != 'E'; p++) {
        if (*p == '.') {
            seen_point = 1;
            continue;
        }
        *out++ = *p;
        if (!seen_point)
            before_point++;
    }
    if (*p == 'e' || *p == 'E')
        exp = atoi(p + 1);
    *out = '\0';
    char *s = text;
    int n = (int)(out - text);
    d->decpt = before_point + exp;
    while (n > 0 && *s == '0') { // leading zeros move the decimal point
        s++;
        n--;
        d->decpt--;
    }
    while (n > 0 && s[n - 1] == '0')
        n--;
    s[n] = '\0';
    d->digits = s;
    d->ndigits = n;
}

// mode 0: shortest repr; mode 2: `precision` significant digits; mode 3: `precision` digits
// after the point. d must be finite. 0, or -1 with MemoryError.
static int
digits_of(double v, int mode, int precision, Digits *d)
{
    d->heap = NULL;
    d->sign = signbit(v) != 0;
    if (v == 0.0) {
        strcpy(d->buf, "0");
        d->digits = d->buf;
        d->ndigits = 1;
        d->decpt = 1;
        return 0;
    }
    char *text = d->buf;
    size_t size = sizeof d->buf;
    if (mode == 3 || (mode == 2 && precision > 40)) {
        size = (size_t)precision + 340;
        text = d->heap = PyMem_Malloc(size);
        if (text == NULL) {
            PyErr_NoMemory();
            return -1;
        }
    }
    if (mode == 0)
        rt_float_repr_buf(v, text, size);
    else if (mode == 2)
        snprintf(text, size, "%.*e", precision > 0 ? precision - 1 : 0, v);
    else
        snprintf(text, size, "%.*f", precision, v);
    digits_from_text(d, text);
    return 0;
}

// ---- PyOS_double_to_string ------------------------------------------------------------------------

// A growable C string for the results.
typedef struct {
    char *p;
    size_t len, cap;
} CBuf;

static int
cbuf_reserve(CBuf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap)
        return 0;
    size_t cap = (b->len + extra + 1) * 2;
    char *p = PyMem_Realloc(b->p, cap);
    if (p == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    b->p = p;
    b->cap = cap;
    return 0;
}

static void
cbuf_put(CBuf *b, char c, size_t n)
{
    memset(b->p + b->len, c, n);
    b->len += n;
}

static void
cbuf_write(CBuf *b, const char *s, size_t n)
{
    memcpy(b->p + b->len, s, n);
    b->len += n;
}

// Lay out the digits as CPython's format_float_short: a window vdigits[start:end] of the
// digits padded with zeros on both sides, a point at decpt, an optional exponent.
static char *
layout_digits(Digits *d, char code, int precision, int flags, int upper)
{
    int use_exp = 0, exp = 0, decpt = d->decpt, ndigits = d->ndigits;
    int vend = ndigits;
    int add_dot_0 = flags & Py_DTSF_ADD_DOT_0, alt = flags & Py_DTSF_ALT;
    int sign = d->sign;
    if ((flags & Py_DTSF_NO_NEG_0) && sign && (ndigits == 0 || strcmp(d->digits, "0") == 0))
        sign = 0;
    switch (code) {
    case 'e':
        use_exp = 1;
        vend = precision;
        break;
    case 'f':
        vend = decpt + precision;
        break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision))
            use_exp = 1;
        if (alt)
            vend = precision;
        break;
    default: // 'r': the exponent form from 1e16 on
        if (decpt <= -4 || decpt > 16)
            use_exp = 1;
        break;
    }
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    int vstart = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0)
        vend = vend > decpt ? vend : decpt + 1;
    else
        vend = vend > decpt ? vend : decpt;
    CBuf b = {NULL, 0, 0};
    if (cbuf_reserve(&b, (size_t)(vend - vstart) + 16) < 0)
        return NULL;
    if (sign)
        cbuf_put(&b, '-', 1);
    else if (flags & Py_DTSF_SIGN)
        cbuf_put(&b, '+', 1);
    if (decpt <= 0) {
        cbuf_put(&b, '0', (size_t)(decpt - vstart));
        cbuf_put(&b, '.', 1);
        cbuf_put(&b, '0', (size_t)-decpt);
    } else {
        cbuf_put(&b, '0', (size_t)-vstart);
    }
    if (0 < decpt && decpt <= ndigits) {
        cbuf_write(&b, d->digits, (size_t)decpt);
        cbuf_put(&b, '.', 1);
        cbuf_write(&b, d->digits + decpt, (size_t)(ndigits - decpt));
    } else {
        cbuf_write(&b, d->digits, (size_t)ndigits);
    }
    if (ndigits < decpt) {
        cbuf_put(&b, '0', (size_t)(decpt - ndigits));
        cbuf_put(&b, '.', 1);
        cbuf_put(&b, '0', (size_t)(vend - decpt));
    } else {
        cbuf_put(&b, '0', (size_t)(vend - ndigits));
    }
    if (b.p[b.len - 1] == '.' && !alt)
        b.len--;
    if (use_exp)
        b.len += (size_t)snprintf(b.p + b.len, 16, "%c%+.02d", upper ? 'E' : 'e', exp);
    b.p[b.len] = '\0';
    return b.p;
}

char *
PyOS_double_to_string(double v, char code, int precision, int flags, int *type)
{
    int upper = code == 'E' || code == 'F' || code == 'G';
    int mode;
    switch (code) {
    case 'e': case 'E': mode = 2; precision++; code = 'e'; break;
    case 'f': case 'F': mode = 3; code = 'f'; break;
    case 'g': case 'G': mode = 2; code = 'g'; precision = precision == 0 ? 1 : precision; break;
    case 'r':
        mode = 0;
        if (precision == 0)
            break;
        /* fall through */
    default: PyErr_BadInternalCall(); return NULL;
    }
    if (!isfinite(v)) {
        char *s = PyMem_Malloc(5), *p = s;
        if (s == NULL) {
            PyErr_NoMemory();
            return NULL;
        }
        // The sign of a NaN is never shown.
        if (signbit(v) && !isnan(v))
            *p++ = '-';
        else if (flags & Py_DTSF_SIGN)
            *p++ = '+';
        strcpy(p, isnan(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        if (type != NULL)
            *type = isnan(v) ? Py_DTST_NAN : Py_DTST_INFINITE;
        return s;
    }
    if (type != NULL)
        *type = Py_DTST_FINITE;
    Digits d;
    if (digits_of(v, mode, precision, &d) < 0)
        return NULL;
    char *r = layout_digits(&d, code, precision, flags, upper);
    digits_free(&d);
    return r;
}
