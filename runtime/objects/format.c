// format.c: the format-specification mini-language ([[fill]align][sign][z][#][0][width]
// [grouping][.precision][type]) for int, float, complex and str. Digits of floats come from
// PyOS_double_to_string (format_double.c); str % args is str_percent.c's, str.format's field
// parsing str_formatter.c's.
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/objects/format.h"
#include "runtime/objects/stringlib.h"

// ---- the format specification -------------------------------------------------------------------

typedef struct {
    Py_UCS4 fill;
    char align;       // '<', '>', '^', '='
    char sign;        // '+', '-', ' ' or 0
    char no_neg_0;    // 'z'
    char alternate;   // '#'
    char separator;   // ',' or '_' or 0
    int group;        // digits per group: 3, or 4 for '_' with b/o/x/X
    Py_ssize_t width; // -1 when absent
    Py_ssize_t precision;
    Py_UCS4 type;
} Spec;

static int
is_align(Py_UCS4 c)
{
    return c == '<' || c == '>' || c == '=' || c == '^';
}

// Read decimal digits at *pos into *out: the count read, or -1 with ValueError on overflow.
static Py_ssize_t
get_integer(PyObject *s, Py_ssize_t *pos, Py_ssize_t end, Py_ssize_t *out)
{
    Py_ssize_t n = 0, v = 0;
    for (; *pos < end; (*pos)++, n++) {
        Py_UCS4 c = PyUnicode_READ_CHAR(s, *pos);
        if (c < '0' || c > '9')
            break;
        if (v > (PY_SSIZE_T_MAX - (c - '0')) / 10) {
            PyErr_SetString(PyExc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + (c - '0');
    }
    *out = v;
    return n;
}

static void
bad_separator(char sep, Py_UCS4 type)
{
    if (type > 32 && type < 128)
        PyErr_Format(PyExc_ValueError, "Cannot specify '%c' with '%c'.", sep, (int)type);
    else
        PyErr_Format(PyExc_ValueError, "Cannot specify '%c' with '\\x%x'.", sep, (unsigned)type);
}

// Check the grouping option against the type (PEP 378 and PEP 515).
static int
check_separator(Spec *f)
{
    if (f->separator == 0)
        return 0;
    switch (f->type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
        return 0;
    case 'b': case 'o': case 'x': case 'X':
        if (f->separator == '_') {
            f->group = 4;
            return 0;
        }
        break;
    default:
        break;
    }
    bad_separator(f->separator, f->type);
    return -1;
}

static int
parse_spec(PyObject *spec, PyObject *obj, Spec *f, char default_type, char default_align)
{
    Py_ssize_t pos = 0, end = PyUnicode_GET_LENGTH(spec);
    int fill_given = 0, align_given = 0;
    *f = (Spec){.fill = ' ', .align = default_align, .width = -1, .precision = -1,
                .type = (Py_UCS4)default_type, .group = 3};
    if (end - pos >= 2 && is_align(PyUnicode_READ_CHAR(spec, pos + 1))) {
        f->fill = PyUnicode_READ_CHAR(spec, pos);
        f->align = (char)PyUnicode_READ_CHAR(spec, pos + 1);
        fill_given = align_given = 1;
        pos += 2;
    } else if (end - pos >= 1 && is_align(PyUnicode_READ_CHAR(spec, pos))) {
        f->align = (char)PyUnicode_READ_CHAR(spec, pos);
        align_given = 1;
        pos++;
    }
    Py_UCS4 c = pos < end ? PyUnicode_READ_CHAR(spec, pos) : 0;
    if (c == '+' || c == '-' || c == ' ') {
        f->sign = (char)c;
        c = ++pos < end ? PyUnicode_READ_CHAR(spec, pos) : 0;
    }
    if (c == 'z') {
        f->no_neg_0 = 1;
        c = ++pos < end ? PyUnicode_READ_CHAR(spec, pos) : 0;
    }
    if (c == '#') {
        f->alternate = 1;
        c = ++pos < end ? PyUnicode_READ_CHAR(spec, pos) : 0;
    }
    // A leading 0 means zero padding after the sign (for numbers), unless a fill was given.
    if (!fill_given && c == '0') {
        f->fill = '0';
        if (!align_given && default_align == '>')
            f->align = '=';
        pos++;
    }
    Py_ssize_t n = get_integer(spec, &pos, end, &f->width);
    if (n < 0)
        return -1;
    if (n == 0)
        f->width = -1;
    if (pos < end && PyUnicode_READ_CHAR(spec, pos) == ',') {
        f->separator = ',';
        pos++;
    }
    if (pos < end && PyUnicode_READ_CHAR(spec, pos) == '_') {
        if (f->separator != 0)
            goto comma_and_underscore;
        f->separator = '_';
        pos++;
    }
    if (pos < end && PyUnicode_READ_CHAR(spec, pos) == ',' && f->separator == '_')
        goto comma_and_underscore;
    if (pos < end && PyUnicode_READ_CHAR(spec, pos) == '.') {
        pos++;
        n = get_integer(spec, &pos, end, &f->precision);
        if (n < 0)
            return -1;
        if (n == 0) {
            PyErr_SetString(PyExc_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    if (end - pos > 1) {
        PyErr_Format(PyExc_ValueError, "Invalid format specifier '%U' for object of type '%.200s'",
                     spec, Py_TYPE(obj)->tp_name);
        return -1;
    }
    if (end - pos == 1)
        f->type = PyUnicode_READ_CHAR(spec, pos);
    return check_separator(f);
comma_and_underscore:
    PyErr_SetString(PyExc_ValueError, "Cannot specify both ',' and '_'.");
    return -1;
}

// 1 if a __format__ method's spec is a str, else 0 with CPython's TypeError (format() checks
// its own argument first, with its own message).
static int
check_spec(PyObject *spec)
{
    return rt_stringlib_check_str_arg("__format__", "argument", spec);
}

// The start of format(v, spec) for str, float and int: 1 with spec parsed into *f; else 0
// with *done holding the result: str(v) for an empty spec, or NULL after an error.
static int
start_format(PyObject *v, PyObject *spec, char default_type, char default_align, Spec *f,
             PyObject **done)
{
    *done = NULL;
    if (!check_spec(spec))
        return 0;
    if (PyUnicode_GET_LENGTH(spec) == 0) {
        *done = PyObject_Str(v);
        return 0;
    }
    return parse_spec(spec, v, f, default_type, default_align) >= 0;
}

static PyObject *
unknown_type(Py_UCS4 type, PyObject *obj)
{
    if (type > 32 && type < 128)
        return PyErr_Format(PyExc_ValueError, "Unknown format code '%c' for object of type '%.200s'",
                            (int)type, Py_TYPE(obj)->tp_name);
    return PyErr_Format(PyExc_ValueError, "Unknown format code '\\x%x' for object of type '%.200s'",
                        (unsigned)type, Py_TYPE(obj)->tp_name);
}

// ---- padding ----------------------------------------------------------------------------------

// Write fill n times into the string being built.
static void
put_fill(PyObject *u, Py_ssize_t *pos, Py_UCS4 fill, Py_ssize_t n)
{
    int kind = PyUnicode_KIND(u);
    void *data = PyUnicode_DATA(u);
    for (Py_ssize_t i = 0; i < n; i++)
        PyUnicode_WRITE(kind, data, (*pos)++, fill);
}

static void
put_ascii(PyObject *u, Py_ssize_t *pos, const char *s, Py_ssize_t n)
{
    int kind = PyUnicode_KIND(u);
    void *data = PyUnicode_DATA(u);
    for (Py_ssize_t i = 0; i < n; i++)
        PyUnicode_WRITE(kind, data, (*pos)++, (unsigned char)s[i]);
}

// How much padding goes left and right of a body of `len` characters.
static void
split_padding(const Spec *f, Py_ssize_t len, Py_ssize_t *left, Py_ssize_t *right)
{
    Py_ssize_t pad = f->width > len ? f->width - len : 0;
    *left = *right = 0;
    if (f->align == '<')
        *right = pad;
    else if (f->align == '^') {
        *left = pad / 2;
        *right = pad - *left;
    } else {
        *left = pad;
    }
}

// ---- str --------------------------------------------------------------------------------------

// s[0:len] padded to the spec's width with its fill and alignment; s itself (a new
// reference) when that changes nothing and s is an exact str.
static PyObject *
pad_text(PyObject *s, Py_ssize_t len, const Spec *f)
{
    if (len == PyUnicode_GET_LENGTH(s) && f->width <= len && PyUnicode_CheckExact(s))
        return Py_NewRef(s);
    Py_ssize_t left, right;
    split_padding(f, len, &left, &right);
    // The maximum must be exact: the fill counts only when it is written.
    Py_UCS4 maxchar = left + right > 0 ? f->fill : 0;
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    for (Py_ssize_t i = 0; i < len; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        maxchar = c > maxchar ? c : maxchar;
    }
    PyObject *u = PyUnicode_New(left + len + right, maxchar);
    if (u == NULL)
        return NULL;
    Py_ssize_t pos = 0;
    put_fill(u, &pos, f->fill, left);
    int ukind = PyUnicode_KIND(u);
    void *udata = PyUnicode_DATA(u);
    for (Py_ssize_t i = 0; i < len; i++)
        PyUnicode_WRITE(ukind, udata, pos++, PyUnicode_READ(kind, data, i));
    put_fill(u, &pos, f->fill, right);
    return u;
}

static PyObject *
format_str_spec(PyObject *v, const Spec *f)
{
    const char *err = NULL;
    if (f->sign == ' ')
        err = "Space not allowed in string format specifier";
    else if (f->sign)
        err = "Sign not allowed in string format specifier";
    else if (f->no_neg_0)
        err = "Negative zero coercion (z) not allowed in string format specifier";
    else if (f->alternate)
        err = "Alternate form (#) not allowed in string format specifier";
    else if (f->align == '=')
        err = "'=' alignment not allowed in string format specifier";
    if (err != NULL) {
        PyErr_SetString(PyExc_ValueError, err);
        return NULL;
    }
    // Nothing to do: CPython hands back v itself, even an instance of a subclass.
    if (f->width == -1 && f->precision == -1)
        return Py_NewRef(v);
    Py_ssize_t len = PyUnicode_GET_LENGTH(v);
    if (f->precision >= 0 && f->precision < len)
        len = f->precision;
    return pad_text(v, len, f);
}

PyObject *
rt_format_str(PyObject *v, PyObject *spec)
{
    Spec f;
    PyObject *done;
    if (!start_format(v, spec, 's', '<', &f, &done))
        return done;
    if (f.type != 's')
        return unknown_type(f.type, v);
    return format_str_spec(v, &f);
}

// ---- numbers ----------------------------------------------------------------------------------

// The parts of a formatted number: [sign][prefix][grouped digits][.][remainder], padded.
typedef struct {
    char sign;             // 0 for none
    const char *prefix;    // "0x" ..., or ""
    const char *digits;    // the integer digits (grouped and zero padded here)
    Py_ssize_t ndigits;
    int has_point;
    const char *remainder; // fraction digits, exponent, '%', or the whole text of inf/nan
    Py_ssize_t nremainder;
} Number;

// The integer digits with separators, zero-padded to min_width when the fill is '0' and the
// alignment '=' (the padding is grouped too), written right to left as CPython's
// _PyUnicode_InsertThousandsGrouping. Returns the length; out (if not NULL) receives text.
static Py_ssize_t
group_digits(const Number *n, const Spec *f, Py_ssize_t min_width, char *out)
{
    Py_ssize_t count = 0, remaining = n->ndigits, src = n->ndigits;
    int use_sep = 0, done = 0;
    char *p = out;
    // out is filled backwards from its end: the caller passes a pointer past the end.
#define EMIT(c)                                                                                \
    do {                                                                                       \
        if (out != NULL)                                                                       \
            *--p = (c);                                                                        \
        count++;                                                                               \
    } while (0)
    while (f->separator != 0) {
        Py_ssize_t l = remaining > min_width ? remaining : min_width;
        l = l > 1 ? l : 1;
        l = l < f->group ? l : f->group;
        Py_ssize_t zeros = l - remaining > 0 ? l - remaining : 0;
        Py_ssize_t chars = remaining < l ? (remaining > 0 ? remaining : 0) : l;
        if (use_sep)
            EMIT(f->separator);
        for (Py_ssize_t i = 0; i < chars; i++)
            EMIT(n->digits[--src]);
        for (Py_ssize_t i = 0; i < zeros; i++)
            EMIT('0');
        use_sep = 1;
        remaining -= chars;
        min_width -= l;
        if (remaining <= 0 && min_width <= 0) {
            done = 1;
            break;
        }
        min_width -= 1;
    }
    if (!done) {
        Py_ssize_t l = remaining > min_width ? remaining : min_width;
        l = l > 1 ? l : 1;
        Py_ssize_t zeros = l - remaining > 0 ? l - remaining : 0;
        Py_ssize_t chars = remaining > 0 ? (remaining < l ? remaining : l) : 0;
        if (use_sep)
            EMIT(f->separator);
        for (Py_ssize_t i = 0; i < chars; i++)
            EMIT(n->digits[--src]);
        for (Py_ssize_t i = 0; i < zeros; i++)
            EMIT('0');
    }
#undef EMIT
    return count;
}

// Assemble the padded number (CPython's calc_number_widths and fill_number).
static PyObject *
render_number(const Number *n, const Spec *f)
{
    Py_ssize_t nsign = n->sign != 0, nprefix = (Py_ssize_t)strlen(n->prefix);
    Py_ssize_t fixed = nsign + nprefix + n->has_point + n->nremainder;
    Py_ssize_t min_width = f->fill == '0' && f->align == '=' ? f->width - fixed : 0;
    Py_ssize_t ngrouped = n->ndigits == 0 ? 0 : group_digits(n, f, min_width, NULL);
    Py_ssize_t pad = f->width - (fixed + ngrouped);
    Py_ssize_t lpad = 0, rpad = 0, spad = 0;
    if (pad > 0) {
        switch (f->align) {
        case '<': rpad = pad; break;
        case '^': lpad = pad / 2; rpad = pad - lpad; break;
        case '=': spad = pad; break;
        default: lpad = pad; break;
        }
    }
    char *grouped = PyMem_Malloc((size_t)ngrouped + 1);
    if (grouped == NULL)
        return PyErr_NoMemory();
    if (n->ndigits != 0)
        group_digits(n, f, min_width, grouped + ngrouped);
    // The maximum must be exact: the fill counts only when it is written.
    Py_UCS4 maxchar = lpad + spad + rpad > 0 && f->fill > 127 ? f->fill : 127;
    PyObject *u = PyUnicode_New(lpad + nsign + nprefix + spad + ngrouped + n->has_point +
                                    n->nremainder + rpad,
                                maxchar);
    if (u != NULL) {
        Py_ssize_t pos = 0;
        put_fill(u, &pos, f->fill, lpad);
        if (nsign)
            put_ascii(u, &pos, &n->sign, 1);
        put_ascii(u, &pos, n->prefix, nprefix);
        put_fill(u, &pos, f->fill, spad);
        put_ascii(u, &pos, grouped, ngrouped);
        put_ascii(u, &pos, ".", n->has_point);
        put_ascii(u, &pos, n->remainder, n->nremainder);
        put_fill(u, &pos, f->fill, rpad);
    }
    PyMem_Free(grouped);
    return u;
}

// The sign character for a value of sign `negative` under the spec.
static char
sign_char(const Spec *f, int negative)
{
    if (negative)
        return '-';
    return f->sign == '+' ? '+' : f->sign == ' ' ? ' ' : 0;
}

// ---- float ------------------------------------------------------------------------------------

// Split PyOS_double_to_string's text (sign, integer digits, point, the rest) into a Number
// with `suffix` appended to the rest, and render it. The text is not modified.
static PyObject *
render_float_text(const char *text, const Spec *f, const char *suffix)
{
    const char *body = text + (text[0] == '-');
    Number n = {.prefix = "", .sign = sign_char(f, text[0] == '-'), .digits = body};
    while (body[n.ndigits] >= '0' && body[n.ndigits] <= '9')
        n.ndigits++;
    n.has_point = body[n.ndigits] == '.';
    const char *rest = body + n.ndigits + n.has_point;
    size_t nrest = strlen(rest), nsuffix = strlen(suffix);
    char *rem = PyMem_Malloc(nrest + nsuffix + 1);
    if (rem == NULL)
        return PyErr_NoMemory();
    memcpy(rem, rest, nrest);
    memcpy(rem + nrest, suffix, nsuffix + 1);
    n.remainder = rem;
    n.nremainder = (Py_ssize_t)(nrest + nsuffix);
    PyObject *r = render_number(&n, f);
    PyMem_Free(rem);
    return r;
}

// The precision as an int for PyOS_double_to_string, or -2 with ValueError when too big.
static int
float_precision(const Spec *f, int default_precision)
{
    if (f->precision > INT_MAX) {
        PyErr_SetString(PyExc_ValueError, "precision too big");
        return -2;
    }
    return f->precision < 0 ? default_precision : (int)f->precision;
}

// PyOS_double_to_string's flags for the spec's '#' and 'z'.
static int
float_flags(const Spec *f)
{
    return (f->alternate ? Py_DTSF_ALT : 0) | (f->no_neg_0 ? Py_DTSF_NO_NEG_0 : 0);
}

static PyObject *
format_float_spec(double val, const Spec *f)
{
    char type = (char)f->type;
    int flags = float_flags(f), default_precision = 6;
    if (type == '\0') { // like repr, or like 'g' keeping a decimal digit with a precision
        flags |= Py_DTSF_ADD_DOT_0;
        type = f->precision < 0 ? 'r' : 'g';
        default_precision = 0;
    }
    if (type == 'n')
        type = 'g';
    if (type == '%') {
        type = 'f';
        val *= 100;
    }
    int precision = float_precision(f, default_precision);
    if (precision == -2)
        return NULL;
    char *text = PyOS_double_to_string(val, type, precision, flags, NULL);
    if (text == NULL)
        return NULL;
    PyObject *r = render_float_text(text, f, f->type == '%' ? "%" : "");
    PyMem_Free(text);
    return r;
}

PyObject *
rt_format_float(PyObject *v, PyObject *spec)
{
    Spec f;
    PyObject *done;
    if (!start_format(v, spec, '\0', '>', &f, &done))
        return done;
    switch (f.type) {
    case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        break;
    default:
        return unknown_type(f.type, v);
    }
    double x = PyFloat_AsDouble(v);
    if (x == -1.0 && PyErr_Occurred())
        return NULL;
    return format_float_spec(x, &f);
}

// ---- complex ----------------------------------------------------------------------------------

// Both parts of a complex with the float rules, unpadded: "re+imj", "imj" when the type is
// none and the real part is +0.0, and "(re+imj)" otherwise for no type (like str(z)).
static PyObject *
format_complex_body(Py_complex z, const Spec *f)
{
    char type = (char)f->type;
    int flags = float_flags(f), default_precision = 6, skip_re = 0, add_parens = 0;
    if (type == '\0') {
        type = f->precision < 0 ? 'r' : 'g';
        default_precision = 0;
        skip_re = z.real == 0.0 && copysign(1.0, z.real) == 1.0;
        add_parens = !skip_re;
    }
    if (type == 'n')
        type = 'g';
    int precision = float_precision(f, default_precision);
    if (precision == -2)
        return NULL;
    // The parts get no padding; the imaginary part always shows its sign after a real part.
    Spec part = *f;
    part.fill = ' ';
    part.align = '<';
    part.width = -1;
    PyObject *re = NULL, *im = NULL, *body = NULL;
    char *re_text = PyOS_double_to_string(z.real, type, precision, flags, NULL);
    char *im_text = PyOS_double_to_string(z.imag, type, precision, flags, NULL);
    if (re_text != NULL && im_text != NULL) {
        re = skip_re ? PyUnicode_New(0, 0) : render_float_text(re_text, &part, "");
        if (!skip_re)
            part.sign = '+';
        im = render_float_text(im_text, &part, "j");
    }
    if (re != NULL && im != NULL)
        body = PyUnicode_FromFormat(add_parens ? "(%U%U)" : "%U%U", re, im);
    Py_XDECREF(re);
    Py_XDECREF(im);
    PyMem_Free(re_text);
    PyMem_Free(im_text);
    return body;
}

PyObject *
rt_format_complex(PyObject *v, PyObject *spec)
{
    Spec f;
    PyObject *done;
    if (!start_format(v, spec, '\0', '>', &f, &done))
        return done;
    switch (f.type) {
    case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
        break;
    default:
        return unknown_type(f.type, v);
    }
    if (f.fill == '0') {
        PyErr_SetString(PyExc_ValueError,
                        "Zero padding is not allowed in complex format specifier");
        return NULL;
    }
    if (f.align == '=') {
        PyErr_SetString(PyExc_ValueError,
                        "'=' alignment flag is not allowed in complex format specifier");
        return NULL;
    }
    Py_complex z = {PyComplex_RealAsDouble(v), PyComplex_ImagAsDouble(v)};
    if (PyErr_Occurred())
        return NULL;
    PyObject *body = format_complex_body(z, &f);
    if (body == NULL)
        return NULL;
    Py_SETREF(body, pad_text(body, PyUnicode_GET_LENGTH(body), &f));
    return body;
}

// ---- int --------------------------------------------------------------------------------------

// 'c': the character with code point v, padded like a number without digits.
static PyObject *
format_char(PyObject *v, const Spec *f)
{
    if (f->sign) {
        PyErr_SetString(PyExc_ValueError, "Sign not allowed with integer format specifier 'c'");
        return NULL;
    }
    if (f->alternate) {
        PyErr_SetString(PyExc_ValueError,
                        "Alternate form (#) not allowed with integer format specifier 'c'");
        return NULL;
    }
    long x = PyLong_AsLong(v);
    if (x == -1 && PyErr_Occurred())
        return NULL;
    if (x < 0 || x > 0x10ffff) {
        PyErr_SetString(PyExc_OverflowError, "%c arg not in range(0x110000)");
        return NULL;
    }
    PyObject *c = PyUnicode_FromOrdinal((int)x);
    if (c == NULL)
        return NULL;
    // Pad as CPython does: the character counts as remainder, never grouped; '=' pads
    // between the (absent) sign and it.
    Spec g = *f;
    if (g.align == '=')
        g.align = '>';
    PyObject *r = format_str_spec(c, &g);
    Py_DECREF(c);
    return r;
}

static PyObject *
format_long_spec(PyObject *v, const Spec *f)
{
    if (f->precision != -1) {
        PyErr_SetString(PyExc_ValueError, "Precision not allowed in integer format specifier");
        return NULL;
    }
    if (f->no_neg_0) {
        PyErr_SetString(PyExc_ValueError,
                        "Negative zero coercion (z) not allowed in integer format specifier");
        return NULL;
    }
    if (f->type == 'c')
        return format_char(v, f);
    int base = 10;
    const char *prefix = "";
    switch (f->type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    default: break;
    }
    PyObject *text = rt_int_to_string(v, base, 0);
    if (text == NULL)
        return NULL;
    const char *s = PyUnicode_AsUTF8(text);
    Py_ssize_t len = PyUnicode_GET_LENGTH(text);
    int negative = s[0] == '-';
    Number n = {.prefix = f->alternate ? prefix : ""};
    n.sign = sign_char(f, negative);
    char *digits = PyMem_Malloc((size_t)len + 1);
    if (digits == NULL) {
        Py_DECREF(text);
        return PyErr_NoMemory();
    }
    strcpy(digits, s + negative);
    if (f->type == 'X') {
        for (char *p = digits; *p; p++) {
            if (*p >= 'a' && *p <= 'f')
                *p = (char)(*p - 'a' + 'A');
        }
    }
    n.digits = digits;
    n.ndigits = len - negative;
    n.remainder = "";
    Spec g = *f;
    if (f->type == 'n') // the C locale: no grouping
        g.separator = 0;
    PyObject *r = render_number(&n, &g);
    PyMem_Free(digits);
    Py_DECREF(text);
    return r;
}

PyObject *
rt_format_long(PyObject *v, PyObject *spec)
{
    Spec f;
    PyObject *done;
    if (!start_format(v, spec, 'd', '>', &f, &done))
        return done;
    switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        return format_long_spec(v, &f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double x = PyLong_AsDouble(v);
        if (x == -1.0 && PyErr_Occurred())
            return NULL;
        return format_float_spec(x, &f);
    }
    default:
        return unknown_type(f.type, v);
    }
}

// ---- object -----------------------------------------------------------------------------------

PyObject *
rt_format_object(PyObject *v, PyObject *spec)
{
    if (!check_spec(spec))
        return NULL;
    if (PyUnicode_GET_LENGTH(spec) > 0)
        return PyErr_Format(PyExc_TypeError, "unsupported format string passed to %.200s.__format__",
                            Py_TYPE(v)->tp_name);
    return PyObject_Str(v);
}

// ---- format(value, spec) ----------------------------------------------------------------------

PyObject *
PyObject_Format(PyObject *obj, PyObject *spec)
{
    if (spec != NULL && !PyUnicode_Check(spec))
        return PyErr_Format(PyExc_SystemError, "Format specifier must be a string, not %.200s",
                            Py_TYPE(spec)->tp_name);
    if (spec == NULL || PyUnicode_GET_LENGTH(spec) == 0) {
        if (PyUnicode_CheckExact(obj))
            return Py_NewRef(obj);
        if (PyLong_CheckExact(obj))
            return PyObject_Str(obj);
    }
    // The exact built-in types need no lookup: their __format__ are the functions above.
    if (spec != NULL && PyLong_CheckExact(obj))
        return rt_format_long(obj, spec);
    if (spec != NULL && PyFloat_CheckExact(obj))
        return rt_format_float(obj, spec);
    if (spec != NULL && PyUnicode_CheckExact(obj))
        return rt_format_str(obj, spec);
    PyObject *meth = rt_type_lookup_special(obj, PyUnicode_InternFromString("__format__"));
    if (meth == NULL) {
        if (!PyErr_Occurred())
            PyErr_Format(PyExc_TypeError, "Type %.100s doesn't define __format__",
                         Py_TYPE(obj)->tp_name);
        return NULL;
    }
    PyObject *empty = spec == NULL ? PyUnicode_New(0, 0) : NULL;
    PyObject *r = PyObject_CallOneArg(meth, spec != NULL ? spec : empty);
    Py_DECREF(meth);
    Py_XDECREF(empty);
    if (r != NULL && !PyUnicode_Check(r)) {
        PyErr_Format(PyExc_TypeError, "__format__ must return a str, not %.200s",
                     Py_TYPE(r)->tp_name);
        Py_CLEAR(r);
    }
    return r;
}
