// bytes_percent.c: printf-style formatting of bytes, 'format % args' (PEP 461; CPython's
// _PyBytes_FormatEx), for bytes and bytearray alike, and bytes' nb_remainder. Directive parsing
// and the numeric text are shared with str % args (percent.c).
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/objects/percent.h"
#include "runtime/objects/bytearray.h"
#include "runtime/objects/buffer.h"

static int
put_repeated(RtBytesWriter *w, char c, Py_ssize_t n)
{
    if (n <= 0)
        return 0;
    if (rt_bytes_writer_reserve(w, n) < 0)
        return -1;
    memset(w->buf + w->len, c, (size_t)n);
    w->len += n;
    return 0;
}

// Write the converted bytes s[0:len] into their field, as str_percent.c's put_field does.
static int
put_field(RtBytesWriter *w, const char *s, Py_ssize_t len, const RtPercentSpec *spec, int numeric)
{
    Py_UCS4 c = spec->conv;
    if ((c == 's' || c == 'b' || c == 'r' || c == 'a') && spec->prec >= 0 && len > spec->prec)
        len = spec->prec;
    RtPercentLayout l;
    rt_percent_layout(spec, numeric, len > 0 ? (unsigned char)s[0] : 0, len, &l);
    const char *body = s + l.start, *end = s + l.start + l.len;
    if (l.fill == '0') {
        if ((l.sign != 0 && rt_bytes_writer_put(w, (unsigned char)l.sign) < 0) ||
            rt_bytes_writer_write(w, body, l.prefix) < 0 || put_repeated(w, '0', l.left) < 0)
            return -1;
        body += l.prefix;
    } else if (put_repeated(w, ' ', l.left) < 0 ||
               (l.sign != 0 && rt_bytes_writer_put(w, (unsigned char)l.sign) < 0)) {
        return -1;
    }
    if (rt_bytes_writer_write(w, body, end - body) < 0)
        return -1;
    return put_repeated(w, ' ', l.right);
}

// A bytes copy of what a buffer exporter (bytearray, memoryview, ...) holds.
static PyObject *
bytes_from_buffer(PyObject *v)
{
    Py_buffer view;
    if (PyObject_GetBuffer(v, &view, PyBUF_FULL_RO) < 0)
        return NULL;
    PyObject *b = PyBytes_FromStringAndSize(NULL, view.len);
    if (b != NULL && PyBuffer_ToContiguous(PyBytes_AS_STRING(b), &view, view.len, 'C') < 0)
        Py_CLEAR(b);
    PyBuffer_Release(&view);
    return b;
}

// %b and %s: v itself when it is a bytes, else what __bytes__ or the buffer protocol gives.
static PyObject *
format_bytes_like(PyObject *v)
{
    if (PyBytes_Check(v))
        return Py_NewRef(v);
    PyObject *meth = rt_type_lookup_special(v, PyUnicode_InternFromString("__bytes__"));
    if (meth != NULL) {
        PyObject *r = PyObject_CallNoArgs(meth);
        Py_DECREF(meth);
        if (r != NULL && !PyBytes_Check(r)) {
            PyErr_Format(PyExc_TypeError, "__bytes__ returned non-bytes (type %.200s)",
                         Py_TYPE(r)->tp_name);
            Py_CLEAR(r);
        }
        return r;
    }
    if (PyErr_Occurred())
        return NULL;
    if (PyObject_CheckBuffer(v))
        return bytes_from_buffer(v);
    return PyErr_Format(PyExc_TypeError,
                        "%%b requires a bytes-like object, or an object that implements "
                        "__bytes__, not '%.100s'",
                        Py_TYPE(v)->tp_name);
}

// %c: one byte from an int in range(256), or from a bytes or bytearray of length 1.
static PyObject *
format_byte(PyObject *v)
{
    if ((PyBytes_Check(v) || PyByteArray_Check(v)) && Py_SIZE(v) == 1)
        return bytes_from_buffer(v);
    if (PyBytes_Check(v) || PyByteArray_Check(v))
        goto type_error;
    int overflow;
    long x = PyLong_AsLongAndOverflow(v, &overflow);
    if (x == -1 && PyErr_Occurred()) {
        if (PyErr_ExceptionMatches(PyExc_TypeError))
            goto type_error;
        return NULL;
    }
    if (overflow || x < 0 || x > 255) {
        PyErr_SetString(PyExc_OverflowError, "%c arg not in range(256)");
        return NULL;
    }
    char c = (char)x;
    return PyBytes_FromStringAndSize(&c, 1);
type_error:
    PyErr_Clear();
    PyErr_SetString(PyExc_TypeError, "%c requires an integer in range(256) or a single byte");
    return NULL;
}

// An ASCII str's text as bytes (the str is released).
static PyObject *
ascii_to_bytes(PyObject *s)
{
    if (s == NULL)
        return NULL;
    PyObject *b = PyBytes_FromStringAndSize(PyUnicode_DATA(s), PyUnicode_GET_LENGTH(s));
    Py_DECREF(s);
    return b;
}

static PyObject *
format_float(const RtPercent *p, PyObject *v, const RtPercentSpec *spec)
{
    char *text = rt_percent_float_text(p, v, spec);
    if (text == NULL)
        return NULL;
    PyObject *r = PyBytes_FromString(text);
    PyMem_Free(text);
    return r;
}

// The bytes of v for the directive (a new bytes), or NULL; *numeric tells whether the sign
// flags apply to it.
static PyObject *
convert(const RtPercent *p, PyObject *v, const RtPercentSpec *spec, int *numeric)
{
    *numeric = 0;
    switch (spec->conv) {
    case 'b':
    case 's': // %s is %b, for code shared with Python 2
        return format_bytes_like(v);
    case 'a':
    case 'r': // %r is %a, likewise
        return ascii_to_bytes(PyObject_ASCII(v));
    case 'c':
        return format_byte(v);
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X':
        *numeric = 1;
        return ascii_to_bytes(rt_percent_int_text(p, v, spec));
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
format_directive(RtPercent *p, RtBytesWriter *w)
{
    const char *fmt = p->data;
    if (p->pos < p->end && fmt[p->pos] == '%') {
        p->pos++;
        return rt_bytes_writer_put(w, '%');
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
    int r = put_field(w, PyBytes_AS_STRING(text), PyBytes_GET_SIZE(text), &spec, numeric);
    Py_DECREF(text);
    return r;
}

static int
format_all(RtPercent *p, RtBytesWriter *w)
{
    const char *fmt = p->data;
    while (p->pos < p->end) {
        const char *pct = memchr(fmt + p->pos, '%', (size_t)(p->end - p->pos));
        Py_ssize_t stop = pct != NULL ? pct - fmt : p->end;
        if (rt_bytes_writer_write(w, fmt + p->pos, stop - p->pos) < 0)
            return -1;
        p->pos = stop;
        if (pct == NULL)
            break;
        p->pos++;
        if (format_directive(p, w) < 0)
            return -1;
    }
    return rt_percent_check_all_used(p);
}

PyObject *
rt_bytes_percent_format(const char *fmt, Py_ssize_t len, PyObject *args)
{
    RtPercent p;
    rt_percent_init(&p, PyUnicode_1BYTE_KIND, fmt, len, args, 1);
    RtBytesWriter w;
    rt_bytes_writer_init(&w);
    int r = format_all(&p, &w);
    rt_percent_fini(&p);
    if (r < 0) {
        rt_bytes_writer_discard(&w);
        return NULL;
    }
    return rt_bytes_writer_finish(&w);
}

PyObject *
rt_bytes_mod(PyObject *v, PyObject *w)
{
    if (!PyBytes_Check(v))
        Py_RETURN_NOTIMPLEMENTED;
    return rt_bytes_percent_format(PyBytes_AS_STRING(v), PyBytes_GET_SIZE(v), w);
}
