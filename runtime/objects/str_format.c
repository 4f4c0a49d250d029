// str_format.c: text made from other values: repr() and ascii() of a str, and the C-level
// printf, PyUnicode_FromFormat, that every error message goes through. str % args and
// str.format are the built-in methods' work and live elsewhere.
#include <stdio.h>
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/objects/str_internal.h"
#include "runtime/objects/str_props.h"

// ---- repr and ascii -----------------------------------------------------------------------

// Append \xNN, \uNNNN or \UNNNNNNNN for c, the shortest that holds it.
static int
put_hex_escape(RtStrWriter *w, Py_UCS4 c)
{
    static const char hex[] = "0123456789abcdef";
    char buf[10];
    int digits = c <= 0xFF ? 2 : c <= 0xFFFF ? 4 : 8;
    buf[0] = '\\';
    buf[1] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
    for (int d = 0; d < digits; d++)
        buf[2 + d] = hex[(c >> (4 * (digits - 1 - d))) & 15];
    return rt_str_writer_put_ascii(w, buf, 2 + digits);
}

static int
put_escaped(RtStrWriter *w, Py_UCS4 c, Py_UCS4 quote)
{
    if (c == quote || c == '\\') {
        char buf[2] = {'\\', (char)c};
        return rt_str_writer_put_ascii(w, buf, 2);
    }
    if (c == '\t')
        return rt_str_writer_put_ascii(w, "\\t", 2);
    if (c == '\n')
        return rt_str_writer_put_ascii(w, "\\n", 2);
    if (c == '\r')
        return rt_str_writer_put_ascii(w, "\\r", 2);
    if (c < 0x20 || c == 0x7F)
        return put_hex_escape(w, c);
    if (c < 0x7F || rt_str_char_isprintable(c)) // Unicode 14.0, as CPython 3.11
        return rt_str_writer_put(w, c);
    return put_hex_escape(w, c);
}

PyObject *
rt_str_repr(PyObject *s)
{
    Py_ssize_t len = PyUnicode_GET_LENGTH(s);
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    int squote = 0, dquote = 0;
    for (Py_ssize_t i = 0; i < len; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        squote |= c == '\'';
        dquote |= c == '"';
    }
    Py_UCS4 quote = squote && !dquote ? '"' : '\'';
    RtStrWriter w;
    rt_str_writer_init(&w);
    if (rt_str_writer_reserve(&w, len + 2) < 0 || rt_str_writer_put(&w, quote) < 0)
        goto fail;
    for (Py_ssize_t i = 0; i < len; i++)
        if (put_escaped(&w, PyUnicode_READ(kind, data, i), quote) < 0)
            goto fail;
    if (rt_str_writer_put(&w, quote) < 0)
        goto fail;
    return rt_str_writer_finish(&w);
fail:
    rt_str_writer_discard(&w);
    return NULL;
}

PyObject *
rt_str_ascii(PyObject *s)
{
    if (((PyUnicodeObject *)s)->ascii && PyUnicode_CheckExact(s))
        return Py_NewRef(s);
    Py_ssize_t len = PyUnicode_GET_LENGTH(s);
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    RtStrWriter w;
    rt_str_writer_init(&w);
    for (Py_ssize_t i = 0; i < len; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if ((c < 0x80 ? rt_str_writer_put(&w, c) : put_hex_escape(&w, c)) < 0) {
            rt_str_writer_discard(&w);
            return NULL;
        }
    }
    return rt_str_writer_finish(&w);
}

// ---- PyUnicode_FromFormat -------------------------------------------------------------------

// Append s[0:min(len, precision)] right-aligned in width code points (-1: no limit / no width).
static int
put_padded(RtStrWriter *w, PyObject *s, Py_ssize_t width, Py_ssize_t precision)
{
    Py_ssize_t len = PyUnicode_GET_LENGTH(s);
    if (precision >= 0 && precision < len)
        len = precision;
    for (Py_ssize_t i = len; i < width; i++)
        if (rt_str_writer_put(w, ' ') < 0)
            return -1;
    return rt_str_writer_put_str(w, s, 0, len);
}

// %s and the fallback of %V: UTF-8 text, at most `precision` bytes, invalid bytes replaced.
static int
put_cstr(RtStrWriter *w, const char *p, Py_ssize_t width, Py_ssize_t precision)
{
    Py_ssize_t n = 0;
    if (precision < 0)
        n = (Py_ssize_t)strlen(p);
    else
        while (n < precision && p[n])
            n++;
    PyObject *s = PyUnicode_DecodeUTF8(p, n, "replace");
    if (s == NULL)
        return -1;
    int r = put_padded(w, s, width, -1);
    Py_DECREF(s);
    return r;
}

// %S %R %A: convert obj, then pad; the reference to the conversion is dropped here.
static int
put_converted(RtStrWriter *w, PyObject *converted, Py_ssize_t width, Py_ssize_t precision)
{
    if (converted == NULL)
        return -1;
    int r = put_padded(w, converted, width, precision);
    Py_DECREF(converted);
    return r;
}

// %d %i %u %x: digits in buf, padded as CPython (zeros to precision, then fill to width).
static int
put_number(RtStrWriter *w, const char *buf, Py_ssize_t width, Py_ssize_t precision, int zeropad)
{
    Py_ssize_t len = (Py_ssize_t)strlen(buf);
    if (precision < len)
        precision = len;
    for (Py_ssize_t i = precision; i < width; i++)
        if (rt_str_writer_put(w, zeropad ? '0' : ' ') < 0)
            return -1;
    for (Py_ssize_t i = len; i < precision; i++)
        if (rt_str_writer_put(w, '0') < 0)
            return -1;
    return rt_str_writer_put_ascii(w, buf, len);
}

typedef struct {
    int zeropad;
    Py_ssize_t width, precision; // -1 when absent
    int size;                    // 0, 'l' (long), 'q' (long long), 'z' (size_t)
} Spec;

// Parse "[0][width][.precision][l|ll|z]" after a '%'; returns the conversion character's
// position.
static const char *
parse_spec(const char *f, Spec *sp)
{
    sp->zeropad = *f == '0';
    f += sp->zeropad;
    sp->width = sp->precision = -1;
    for (; *f >= '0' && *f <= '9'; f++)
        sp->width = (sp->width < 0 ? 0 : sp->width) * 10 + (*f - '0');
    if (*f == '.') {
        f++;
        for (sp->precision = 0; *f >= '0' && *f <= '9'; f++)
            sp->precision = sp->precision * 10 + (*f - '0');
    }
    sp->size = 0;
    if (f[0] == 'l' && f[1] == 'l' && strchr("diux", f[2]) && f[2]) {
        sp->size = 'q';
        f += 2;
    } else if ((f[0] == 'l' || f[0] == 'z') && f[1] && strchr("diux", f[1])) {
        sp->size = f[0];
        f += 1;
    }
    return f;
}

static void
format_int(char *buf, size_t n, char conv, int size, va_list *va)
{
    if (conv == 'x') {
        if (size == 'l')
            snprintf(buf, n, "%lx", va_arg(*va, unsigned long));
        else if (size == 'q')
            snprintf(buf, n, "%llx", va_arg(*va, unsigned long long));
        else if (size == 'z')
            snprintf(buf, n, "%zx", va_arg(*va, size_t));
        else
            snprintf(buf, n, "%x", va_arg(*va, unsigned int));
    } else if (conv == 'u') {
        if (size == 'l')
            snprintf(buf, n, "%lu", va_arg(*va, unsigned long));
        else if (size == 'q')
            snprintf(buf, n, "%llu", va_arg(*va, unsigned long long));
        else if (size == 'z')
            snprintf(buf, n, "%zu", va_arg(*va, size_t));
        else
            snprintf(buf, n, "%u", va_arg(*va, unsigned int));
    } else {
        if (size == 'l')
            snprintf(buf, n, "%ld", va_arg(*va, long));
        else if (size == 'q')
            snprintf(buf, n, "%lld", va_arg(*va, long long));
        else if (size == 'z')
            snprintf(buf, n, "%zd", va_arg(*va, Py_ssize_t));
        else
            snprintf(buf, n, "%d", va_arg(*va, int));
    }
}

// Format one directive starting at the '%' at p; returns where to continue, or NULL on error.
static const char *
format_arg(RtStrWriter *w, const char *p, va_list *va)
{
    Spec sp;
    const char *f = parse_spec(p + 1, &sp);
    char buf[64];
    int r = 0;
    switch (*f) {
    case 'c': {
        int c = va_arg(*va, int);
        if (c < 0 || c > RT_MAX_UNICODE) {
            PyErr_SetString(PyExc_OverflowError, "character argument not in range(0x110000)");
            return NULL;
        }
        r = rt_str_writer_put(w, (Py_UCS4)c);
        break;
    }
    case 'd':
    case 'i':
    case 'u':
    case 'x':
        format_int(buf, sizeof buf, *f, sp.size, va);
        r = put_number(w, buf, sp.width, sp.precision, sp.zeropad);
        break;
    case 'p':
        snprintf(buf + 2, sizeof buf - 2, "%p", va_arg(*va, void *));
        // %p is implementation-defined: CPython makes sure of one leading "0x"
        if (buf[3] == 'X' || buf[3] == 'x') {
            buf[3] = 'x';
            r = rt_str_writer_put_ascii(w, buf + 2, (Py_ssize_t)strlen(buf + 2));
        } else {
            buf[0] = '0';
            buf[1] = 'x';
            r = rt_str_writer_put_ascii(w, buf, (Py_ssize_t)strlen(buf));
        }
        break;
    case 's':
        r = put_cstr(w, va_arg(*va, const char *), sp.width, sp.precision);
        break;
    case 'U':
        r = put_padded(w, va_arg(*va, PyObject *), sp.width, sp.precision);
        break;
    case 'V': {
        PyObject *obj = va_arg(*va, PyObject *);
        const char *str = va_arg(*va, const char *);
        r = obj ? put_padded(w, obj, sp.width, sp.precision)
                : put_cstr(w, str, sp.width, sp.precision);
        break;
    }
    case 'S':
        r = put_converted(w, PyObject_Str(va_arg(*va, PyObject *)), sp.width, sp.precision);
        break;
    case 'R':
        r = put_converted(w, PyObject_Repr(va_arg(*va, PyObject *)), sp.width, sp.precision);
        break;
    case 'A':
        r = put_converted(w, PyObject_ASCII(va_arg(*va, PyObject *)), sp.width, sp.precision);
        break;
    case '%':
        r = rt_str_writer_put(w, '%');
        break;
    default:
        // an unknown code: the arguments can no longer be matched, so CPython copies the rest
        // of the format verbatim
        r = rt_str_writer_put_ascii(w, p, (Py_ssize_t)strlen(p));
        return r < 0 ? NULL : p + strlen(p);
    }
    return r < 0 ? NULL : f + 1;
}

// Append the literal text fmt[0:n] (UTF-8 tolerated, though CPython's formats are ASCII).
static int
put_literal(RtStrWriter *w, const char *fmt, Py_ssize_t n)
{
    for (Py_ssize_t i = 0; i < n; i++) {
        if ((unsigned char)fmt[i] >= 0x80) {
            PyObject *s = PyUnicode_DecodeUTF8(fmt, n, "replace");
            if (s == NULL)
                return -1;
            int r = rt_str_writer_put_str(w, s, 0, PyUnicode_GET_LENGTH(s));
            Py_DECREF(s);
            return r;
        }
    }
    return rt_str_writer_put_ascii(w, fmt, n);
}

PyObject *
PyUnicode_FromFormatV(const char *fmt, va_list va)
{
    RtStrWriter w;
    rt_str_writer_init(&w);
    va_list args;
    va_copy(args, va); // format_arg needs a pointer to it, which a parameter cannot portably give
    const char *f = fmt;
    while (*f) {
        const char *lit = f;
        while (*f && *f != '%')
            f++;
        if (f > lit && put_literal(&w, lit, f - lit) < 0)
            goto fail;
        if (*f == '%' && (f = format_arg(&w, f, &args)) == NULL)
            goto fail;
    }
    va_end(args);
    return rt_str_writer_finish(&w);
fail:
    va_end(args);
    rt_str_writer_discard(&w);
    return NULL;
}

PyObject *
PyUnicode_FromFormat(const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    PyObject *s = PyUnicode_FromFormatV(fmt, va);
    va_end(va);
    return s;
}
