// str_percent.c: printf-style formatting of str, 'format % args' (CPython's PyUnicode_Format)
// and str's nb_remainder: the conversions s r a c and the numeric ones, written into a str.
// Directive parsing and the numeric text are shared with bytes % args (percent.c).
#include "runtime/runtime.h"
#include "runtime/objects/percent.h"
#include "runtime/objects/str_internal.h"

// Append n copies of c; the room is made at once, so that a huge width fails at once.
static int
put_repeated(RtStrWriter *w, Py_UCS4 c, Py_ssize_t n)
{
    if (n > 0 && rt_str_writer_reserve(w, n) < 0)
        return -1;
    for (Py_ssize_t i = 0; i < n; i++)
        if (rt_str_writer_put(w, c) < 0)
            return -1;
    return 0;
}

// Write the converted value `text` into its field: cut to the precision for s r a, then signed
// and padded as rt_percent_layout says.
static int
put_field(RtStrWriter *w, PyObject *text, const RtPercentSpec *spec, int numeric)
{
    Py_ssize_t len = PyUnicode_GET_LENGTH(text);
    Py_UCS4 c = spec->conv;
    if ((c == 's' || c == 'r' || c == 'a') && spec->prec >= 0 && len > spec->prec)
        len = spec->prec;
    RtPercentLayout l;
    rt_percent_layout(spec, numeric, len > 0 ? PyUnicode_READ_CHAR(text, 0) : 0, len, &l);
    Py_ssize_t body = l.start, end = l.start + l.len;
    if (l.fill == '0') {
        if ((l.sign != 0 && rt_str_writer_put(w, l.sign) < 0) ||
            rt_str_writer_put_str(w, text, body, body + l.prefix) < 0 ||
            put_repeated(w, '0', l.left) < 0)
            return -1;
        body += l.prefix;
    } else if (put_repeated(w, ' ', l.left) < 0 ||
               (l.sign != 0 && rt_str_writer_put(w, l.sign) < 0)) {
        return -1;
    }
    if (rt_str_writer_put_str(w, text, body, end) < 0)
        return -1;
    return put_repeated(w, ' ', l.right);
}

// %c: a str of one character, or an int code point.
static PyObject *
format_char(PyObject *v)
{
    if (PyUnicode_Check(v)) {
        if (PyUnicode_GET_LENGTH(v) == 1)
            return PyUnicode_FromOrdinal((int)PyUnicode_READ_CHAR(v, 0));
        goto type_error;
    }
    int overflow;
    long x = PyLong_AsLongAndOverflow(v, &overflow);
    if (x == -1 && PyErr_Occurred()) {
        if (PyErr_ExceptionMatches(PyExc_TypeError))
            goto type_error;
        return NULL;
    }
    if (overflow || x < 0 || x > RT_MAX_UNICODE) {
        PyErr_SetString(PyExc_OverflowError, "%c arg not in range(0x110000)");
        return NULL;
    }
    return PyUnicode_FromOrdinal((int)x);
type_error:
    PyErr_Clear();
    PyErr_SetString(PyExc_TypeError, "%c requires int or char");
    return NULL;
}

static PyObject *
format_float(const RtPercent *p, PyObject *v, const RtPercentSpec *spec)
{
    char *text = rt_percent_float_text(p, v, spec);
    if (text == NULL)
        return NULL;
    PyObject *r = PyUnicode_FromString(text);
    PyMem_Free(text);
    return r;
}

// The text of v for the directive (a new str), or NULL; *numeric tells whether the sign
// flags apply to it.
static PyObject *
convert(const RtPercent *p, PyObject *v, const RtPercentSpec *spec, int *numeric)
{
    *numeric = 0;
    switch (spec->conv) {
    case 's':
        return PyUnicode_CheckExact(v) ? Py_NewRef(v) : PyObject_Str(v);
    case 'r':
        return PyObject_Repr(v);
    case 'a':
        return PyObject_ASCII(v);
    case 'c':
        return format_char(v);
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X':
        *numeric = 1;
        return rt_percent_int_text(p, v, spec);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
        *numeric = 1;
        return format_float(p, v, spec);
    default:
        rt_percent_unsupported(p, spec);
        return NULL;
    }
}

// One directive, p->pos just after its '%'.
static int
format_directive(RtPercent *p, RtStrWriter *w)
{
    if (p->pos < p->end && PyUnicode_READ(p->kind, p->data, p->pos) == '%') {
        p->pos++;
        return rt_str_writer_put(w, '%');
    }
    RtPercentSpec spec;
    if (rt_percent_parse(p, &spec) < 0)
        return -1;
    PyObject *v = rt_percent_next_arg(p);
    if (v == NULL)
        return -1;
    int numeric;
    PyObject *text = convert(p, v, &spec, &numeric);
    if (text == NULL)
        return -1;
    int r = put_field(w, text, &spec, numeric);
    Py_DECREF(text);
    return r;
}

static int
format_all(RtPercent *p, PyObject *format, RtStrWriter *w)
{
    while (p->pos < p->end) {
        Py_ssize_t literal = p->pos;
        while (p->pos < p->end && PyUnicode_READ(p->kind, p->data, p->pos) != '%')
            p->pos++;
        if (rt_str_writer_put_str(w, format, literal, p->pos) < 0)
            return -1;
        if (p->pos == p->end)
            break;
        p->pos++;
        if (format_directive(p, w) < 0)
            return -1;
    }
    return rt_percent_check_all_used(p);
}

PyObject *
PyUnicode_Format(PyObject *format, PyObject *args)
{
    if (format == NULL || args == NULL)
        return PyErr_BadInternalCall();
    if (!PyUnicode_Check(format))
        return PyErr_Format(PyExc_TypeError, "must be str, not %.100s", Py_TYPE(format)->tp_name);
    RtPercent p;
    rt_percent_init(&p, PyUnicode_KIND(format), PyUnicode_DATA(format),
                    PyUnicode_GET_LENGTH(format), args, 0);
    RtStrWriter w;
    rt_str_writer_init(&w);
    int r = format_all(&p, format, &w);
    rt_percent_fini(&p);
    if (r < 0) {
        rt_str_writer_discard(&w);
        return NULL;
    }
    return rt_str_writer_finish(&w);
}

PyObject *
rt_str_mod(PyObject *v, PyObject *w)
{
    if (!PyUnicode_Check(v))
        Py_RETURN_NOTIMPLEMENTED;
    return PyUnicode_Format(v, w);
}
