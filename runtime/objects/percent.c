// percent.c: the half of printf-style formatting that str % args and bytes % args share
// (percent.h): walking the arguments, parsing a directive with CPython's quirks and messages,
// the text of integer and float conversions, and the layout of a field. Writing the result
// is str_percent.c's and bytes_percent.c's.
#include <limits.h>
#include <string.h>
#include "runtime/objects/percent.h"
#include "runtime/objects/bytearray.h"

// ---- arguments --------------------------------------------------------------------------------

// True if %(key) directives read args: anything subscriptable but what is formatted as values
// (a tuple, a str, and for a bytes format also bytes and bytearray).
static int
is_mapping(PyObject *args, int is_bytes)
{
    PyMappingMethods *m = Py_TYPE(args)->tp_as_mapping;
    if (m == NULL || m->mp_subscript == NULL || PyTuple_Check(args) || PyUnicode_Check(args))
        return 0;
    return !is_bytes || !(PyBytes_Check(args) || PyByteArray_Check(args));
}

void
rt_percent_init(RtPercent *p, int kind, const void *data, Py_ssize_t len, PyObject *args,
                int is_bytes)
{
    *p = (RtPercent){.kind = kind,
                     .data = data,
                     .end = len,
                     .is_bytes = is_bytes,
                     .args = args,
                     .arglen = -1,
                     .argidx = -2};
    if (PyTuple_Check(args)) {
        p->arglen = PyTuple_GET_SIZE(args);
        p->argidx = 0;
    }
    p->dict = is_mapping(args, is_bytes) ? args : NULL;
}

void
rt_percent_fini(RtPercent *p)
{
    if (p->args_owned)
        Py_DECREF(p->args);
    p->args_owned = 0;
}

PyObject *
rt_percent_next_arg(RtPercent *p)
{
    if (p->argidx < p->arglen) {
        Py_ssize_t i = p->argidx++;
        return p->arglen < 0 ? p->args : PyTuple_GET_ITEM(p->args, i);
    }
    PyErr_SetString(PyExc_TypeError, "not enough arguments for format string");
    return NULL;
}

int
rt_percent_check_all_used(const RtPercent *p)
{
    if (p->argidx >= p->arglen || p->dict != NULL)
        return 0;
    PyErr_SetString(PyExc_TypeError, p->is_bytes
                                         ? "not all arguments converted during bytes formatting"
                                         : "not all arguments converted during string formatting");
    return -1;
}

// ---- parsing a directive ----------------------------------------------------------------------

// Read the next character into *ch: 1, or 0 at the end of the format (*ch unchanged), which
// makes the directive incomplete.
static int
next_char(RtPercent *p, Py_UCS4 *ch)
{
    if (p->pos >= p->end) {
        p->ran_out = 1;
        return 0;
    }
    *ch = PyUnicode_READ(p->kind, p->data, p->pos++);
    return 1;
}

static int
is_digit(Py_UCS4 c)
{
    return c >= '0' && c <= '9';
}

static int
flag_of(Py_UCS4 c)
{
    switch (c) {
    case '-':
        return RT_PCT_LJUST;
    case '+':
        return RT_PCT_SIGN;
    case ' ':
        return RT_PCT_BLANK;
    case '#':
        return RT_PCT_ALT;
    case '0':
        return RT_PCT_ZERO;
    default:
        return 0;
    }
}

static int
raise_str(PyObject *type, const char *msg)
{
    PyErr_SetString(type, msg);
    return -1;
}

// "%(key)": the key runs to the ')' that balances the '(' at p->pos; the value becomes the
// only argument. *ch receives the last character read.
static int
parse_key(RtPercent *p, Py_UCS4 *ch)
{
    if (p->dict == NULL)
        return raise_str(PyExc_TypeError, "format requires a mapping");
    Py_ssize_t start = ++p->pos;
    int depth = 1;
    while (depth > 0 && next_char(p, ch)) {
        if (*ch == ')')
            depth--;
        else if (*ch == '(')
            depth++;
    }
    if (depth > 0)
        return raise_str(PyExc_ValueError, "incomplete format key");
    Py_ssize_t n = p->pos - 1 - start;
    PyObject *key =
        p->is_bytes
            ? PyBytes_FromStringAndSize((const char *)p->data + start, n)
            : PyUnicode_FromKindAndData(p->kind, (const char *)p->data + start * p->kind, n);
    if (key == NULL)
        return -1;
    PyObject *value = PyObject_GetItem(p->dict, key);
    Py_DECREF(key);
    if (value == NULL)
        return -1;
    rt_percent_fini(p);
    p->args = value;
    p->args_owned = 1;
    p->arglen = -1;
    p->argidx = -2;
    return 0;
}

// The next argument as the int a '*' asks for, or NULL with TypeError "* wants int".
static PyObject *
star_arg(RtPercent *p)
{
    PyObject *v = rt_percent_next_arg(p);
    if (v != NULL && !PyLong_Check(v)) {
        PyErr_SetString(PyExc_TypeError, "* wants int");
        return NULL;
    }
    return v;
}

// A width from '*': a negative one means '-' and its magnitude.
static int
star_width(RtPercent *p, RtPercentSpec *spec)
{
    PyObject *v = star_arg(p);
    if (v == NULL)
        return -1;
    Py_ssize_t w = PyLong_AsSsize_t(v);
    if (w == -1 && PyErr_Occurred())
        return -1;
    if (w < 0) {
        spec->flags |= RT_PCT_LJUST;
        // CPython's negation leaves the minimum negative, which pads like no width at all.
        w = w == PY_SSIZE_T_MIN ? 0 : -w;
    }
    spec->width = w;
    return 0;
}

// A precision from '*' (a C int; negative ones mean 0).
static int
star_prec(RtPercent *p, RtPercentSpec *spec)
{
    PyObject *v = star_arg(p);
    if (v == NULL)
        return -1;
    int overflow;
    long prec = PyLong_AsLongAndOverflow(v, &overflow);
    if (prec == -1 && PyErr_Occurred())
        return -1;
    if (overflow || prec > INT_MAX || prec < INT_MIN)
        return raise_str(PyExc_OverflowError, "Python int too large to convert to C int");
    spec->prec = prec < 0 ? 0 : (int)prec;
    return 0;
}

// Decimal digits after the first one, c: the value (at most max), *ch the first non-digit.
static int
parse_number(RtPercent *p, Py_UCS4 *ch, Py_ssize_t max, const char *too_big, Py_ssize_t *out)
{
    Py_ssize_t v = *ch - '0';
    while (next_char(p, ch) && is_digit(*ch)) {
        if (v > (max - (Py_ssize_t)(*ch - '0')) / 10)
            return raise_str(PyExc_ValueError, too_big);
        v = v * 10 + (Py_ssize_t)(*ch - '0');
    }
    *out = v;
    return 0;
}

static int
parse_width(RtPercent *p, RtPercentSpec *spec, Py_UCS4 *ch)
{
    if (*ch == '*') {
        if (star_width(p, spec) < 0)
            return -1;
        next_char(p, ch);
    } else if (is_digit(*ch)) {
        return parse_number(p, ch, PY_SSIZE_T_MAX, "width too big", &spec->width);
    }
    return 0;
}

static int
parse_prec(RtPercent *p, RtPercentSpec *spec, Py_UCS4 *ch)
{
    if (*ch != '.')
        return 0;
    spec->prec = 0;
    next_char(p, ch);
    if (*ch == '*') {
        if (star_prec(p, spec) < 0)
            return -1;
        next_char(p, ch);
    } else if (is_digit(*ch)) {
        Py_ssize_t prec;
        if (parse_number(p, ch, INT_MAX, p->is_bytes ? "prec too big" : "precision too big",
                         &prec) < 0)
            return -1;
        spec->prec = (int)prec;
    }
    return 0;
}

int
rt_percent_parse(RtPercent *p, RtPercentSpec *spec)
{
    *spec = (RtPercentSpec){.width = -1, .prec = -1};
    // CPython looks at the character after the '%' even at the end (its terminating NUL).
    Py_UCS4 ch = p->pos < p->end ? PyUnicode_READ(p->kind, p->data, p->pos) : 0;
    if (ch == '(' && parse_key(p, &ch) < 0)
        return -1;
    int flag;
    while (next_char(p, &ch) && (flag = flag_of(ch)) != 0)
        spec->flags |= flag;
    if (parse_width(p, spec, &ch) < 0 || parse_prec(p, spec, &ch) < 0)
        return -1;
    // C's length modifiers are accepted and ignored.
    if (!p->ran_out && (ch == 'h' || ch == 'l' || ch == 'L'))
        next_char(p, &ch);
    if (p->ran_out)
        return raise_str(PyExc_ValueError, "incomplete format");
    spec->conv = ch;
    spec->conv_index = p->pos - 1;
    return 0;
}

int
rt_percent_unsupported(const RtPercent *p, const RtPercentSpec *spec)
{
    Py_UCS4 c = spec->conv;
    if (p->is_bytes && c >= 0x80) {
        // CPython formats the byte as a signed char here, and its "%c" refuses the negative
        // code point: this error replaces the intended one.
        return raise_str(PyExc_OverflowError, "character argument not in range(0x110000)");
    }
    int shown = p->is_bytes || (c >= 31 && c <= 126) ? (int)c : '?';
    PyErr_Format(PyExc_ValueError, "unsupported format character '%c' (0x%x) at index %zd", shown,
                 (unsigned)c, spec->conv_index);
    return -1;
}

// ---- numbers ----------------------------------------------------------------------------------

static PyObject *
int_wrong_type(const RtPercent *p, PyObject *v, Py_UCS4 conv, int hex_or_oct)
{
    // bytes reports %i as %d
    char shown = p->is_bytes && conv == 'i' ? 'd' : (char)conv;
    return PyErr_Format(PyExc_TypeError, "%%%c format: %s is required, not %.200s", shown,
                        hex_or_oct ? "an integer" : "a real number", Py_TYPE(v)->tp_name);
}

// v as an int for the conversion: ints as they are; for o x X through __index__, else as
// int(v). NULL with the wrong-type TypeError, or the conversion's other errors.
static PyObject *
int_operand(const RtPercent *p, PyObject *v, Py_UCS4 conv, int hex_or_oct)
{
    if (PyLong_Check(v))
        return Py_NewRef(v);
    if (!PyNumber_Check(v))
        return int_wrong_type(p, v, conv, hex_or_oct);
    PyObject *i = hex_or_oct ? PyNumber_Index(v) : PyNumber_Long(v);
    if (i == NULL && PyErr_ExceptionMatches(PyExc_TypeError)) {
        PyErr_Clear();
        return int_wrong_type(p, v, conv, hex_or_oct);
    }
    return i;
}

PyObject *
rt_percent_int_text(const RtPercent *p, PyObject *v, const RtPercentSpec *spec)
{
    Py_UCS4 conv = spec->conv;
    int hex_or_oct = conv == 'o' || conv == 'x' || conv == 'X';
    int alt = hex_or_oct && (spec->flags & RT_PCT_ALT);
    PyObject *i = int_operand(p, v, conv, hex_or_oct);
    if (i == NULL)
        return NULL;
    if (spec->prec > INT_MAX - 3) {
        Py_DECREF(i);
        PyErr_SetString(PyExc_OverflowError, "precision too large");
        return NULL;
    }
    PyObject *text = rt_int_to_string(i, conv == 'o' ? 8 : hex_or_oct ? 16 : 10, alt);
    Py_DECREF(i);
    if (text == NULL)
        return NULL;
    Py_ssize_t len;
    const char *s = PyUnicode_AsUTF8AndSize(text, &len);
    Py_ssize_t nondigits = (s[0] == '-') + (alt ? 2 : 0);
    Py_ssize_t zeros = spec->prec > len - nondigits ? spec->prec - (len - nondigits) : 0;
    PyObject *r = PyUnicode_New(len + zeros, 127);
    if (r != NULL) {
        char *out = PyUnicode_DATA(r);
        memcpy(out, s, (size_t)nondigits);
        memset(out + nondigits, '0', (size_t)zeros);
        memcpy(out + nondigits + zeros, s + nondigits, (size_t)(len - nondigits));
        // %X upper-cases the prefix too: "0X".
        for (Py_ssize_t k = 0; conv == 'X' && k < len + zeros; k++)
            if (out[k] >= 'a' && out[k] <= 'x')
                out[k] = (char)(out[k] - 'a' + 'A');
    }
    Py_DECREF(text);
    return r;
}

char *
rt_percent_float_text(const RtPercent *p, PyObject *v, const RtPercentSpec *spec)
{
    double x = PyFloat_AsDouble(v);
    if (x == -1.0 && PyErr_Occurred()) {
        if (p->is_bytes) {
            PyErr_Clear();
            PyErr_Format(PyExc_TypeError, "float argument required, not %.200s",
                         Py_TYPE(v)->tp_name);
        }
        return NULL;
    }
    int flags = spec->flags & RT_PCT_ALT ? Py_DTSF_ALT : 0;
    return PyOS_double_to_string(x, (char)spec->conv, spec->prec < 0 ? 6 : spec->prec, flags, NULL);
}

// ---- layout -----------------------------------------------------------------------------------

void
rt_percent_layout(const RtPercentSpec *spec, int numeric, Py_UCS4 first, Py_ssize_t len,
                  RtPercentLayout *out)
{
    int flags = spec->flags;
    *out = (RtPercentLayout){.fill = numeric && (flags & RT_PCT_ZERO) ? '0' : ' ', .len = len};
    if (numeric) {
        if (len > 0 && (first == '-' || first == '+')) {
            out->sign = first;
            out->start = 1;
            out->len--;
        } else if (flags & RT_PCT_SIGN) {
            out->sign = '+';
        } else if (flags & RT_PCT_BLANK) {
            out->sign = ' ';
        }
    }
    // As CPython counts: the sign and the prefix take their room out of the width.
    Py_ssize_t body = out->len, width = spec->width < body ? body : spec->width;
    if (out->sign != 0 && width > body)
        width--;
    Py_UCS4 c = spec->conv;
    if ((flags & RT_PCT_ALT) && (c == 'x' || c == 'X' || c == 'o')) {
        out->prefix = 2;
        width = width > 2 ? width - 2 : 0;
        body -= 2;
    }
    if (width > body && !(flags & RT_PCT_LJUST)) {
        out->left = width - body;
        width = body;
    }
    out->right = width > body ? width - body : 0;
}
