// str_encode.c: str.encode and the UTF-8 cache: the built-in codecs of str_codec.c (UTF-8,
// ASCII, Latin-1, UTF-16 and UTF-32 with either byte order) with the error handlers strict,
// ignore, replace, backslashreplace, xmlcharrefreplace, surrogateescape and surrogatepass,
// reporting unencodable characters as CPython's encoders do (which run of them, which
// message). Decoding is in str_codec.c.
#include <stdio.h>
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/objects/str_internal.h"

// The output of an encoder; a NULL buf means "only count", so the encoders run twice: once to
// size the bytes object (and raise any error), once to fill it.
typedef struct {
    char *buf;
    Py_ssize_t n;
} ByteSink;

static inline void
put_byte(ByteSink *b, unsigned c)
{
    if (b->buf != NULL)
        b->buf[b->n] = (char)c;
    b->n++;
}

// Write one code unit of codec->unit bytes in the codec's byte order.
static void
put_unit(ByteSink *b, const RtCodec *codec, Py_UCS4 u)
{
    int big = codec->byteorder > 0 || (codec->byteorder == 0 && rt_str_native_big_endian());
    for (int i = 0; i < codec->unit; i++) {
        int shift = 8 * (big ? codec->unit - 1 - i : i);
        put_byte(b, (u >> shift) & 0xFF);
    }
}

static void
put_utf8(ByteSink *b, Py_UCS4 c)
{
    if (c < 0x80) {
        put_byte(b, c);
    } else if (c < 0x800) {
        put_byte(b, 0xC0 | (c >> 6));
        put_byte(b, 0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        put_byte(b, 0xE0 | (c >> 12));
        put_byte(b, 0x80 | ((c >> 6) & 0x3F));
        put_byte(b, 0x80 | (c & 0x3F));
    } else {
        put_byte(b, 0xF0 | (c >> 18));
        put_byte(b, 0x80 | ((c >> 12) & 0x3F));
        put_byte(b, 0x80 | ((c >> 6) & 0x3F));
        put_byte(b, 0x80 | (c & 0x3F));
    }
}

// Encode c, which the codec can encode (or a surrogate, for surrogatepass).
static void
put_char(ByteSink *b, const RtCodec *codec, Py_UCS4 c)
{
    if (codec->unit == 1 && codec->limit != 0)
        put_byte(b, c);
    else if (codec->unit == 1)
        put_utf8(b, c);
    else if (codec->unit == 2 && c >= 0x10000) {
        put_unit(b, codec, 0xD800 | ((c - 0x10000) >> 10));
        put_unit(b, codec, 0xDC00 | ((c - 0x10000) & 0x3FF));
    } else
        put_unit(b, codec, c);
}

static void
put_ascii(ByteSink *b, const RtCodec *codec, const char *text)
{
    for (; *text; text++)
        put_char(b, codec, (unsigned char)*text);
}

static int
is_surrogate(Py_UCS4 c)
{
    return c >= 0xD800 && c <= 0xDFFF;
}

static int
encodable(const RtCodec *codec, Py_UCS4 c)
{
    return codec->limit ? c < codec->limit : !is_surrogate(c);
}

// Raise UnicodeEncodeError(encoding, s, start, end, reason).
static void
raise_encode_error(const char *encoding, PyObject *s, Py_ssize_t start, Py_ssize_t end,
                   const char *reason)
{
    PyObject *items[5] = {PyUnicode_FromString(encoding), Py_NewRef(s), PyLong_FromSsize_t(start),
                          PyLong_FromSsize_t(end), PyUnicode_FromString(reason)};
    for (int i = 0; i < 5; i++) {
        if (items[i] == NULL) {
            for (int j = 0; j < 5; j++)
                Py_XDECREF(items[j]);
            return;
        }
    }
    PyObject *args = rt_tuple_from_array_steal(items, 5);
    PyObject *exc = args != NULL ? PyObject_Call(PyExc_UnicodeEncodeError, args, NULL) : NULL;
    Py_XDECREF(args);
    if (exc != NULL) {
        PyErr_SetObject(PyExc_UnicodeEncodeError, exc);
        Py_DECREF(exc);
    }
}

static const char *
encode_reason(const RtCodec *codec)
{
    return codec->limit == 0x80    ? "ordinal not in range(128)"
           : codec->limit == 0x100 ? "ordinal not in range(256)"
                                   : "surrogates not allowed";
}

// Apply the handler to the characters s[start:end] that the codec cannot encode: 0, or -1
// with the error raised (the exception names start:end, or for surrogateescape the rest of
// the run from the first character it could not take).
static int
encode_error(ByteSink *b, const RtCodec *codec, RtErrorHandler h, const char *errors,
             PyObject *s, Py_ssize_t start, Py_ssize_t end)
{
    Py_ssize_t i = start;
    for (; i < end; i++) {
        Py_UCS4 c = PyUnicode_READ_CHAR(s, i);
        char text[24];
        if (h == RT_ERR_REPLACE) {
            put_char(b, codec, '?');
        } else if (h == RT_ERR_BACKSLASHREPLACE) {
            snprintf(text, sizeof text, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x",
                     (unsigned)c);
            put_ascii(b, codec, text);
        } else if (h == RT_ERR_XMLCHARREFREPLACE) {
            snprintf(text, sizeof text, "&#%u;", (unsigned)c);
            put_ascii(b, codec, text);
        } else if (h == RT_ERR_SURROGATEESCAPE && codec->unit == 1 && c >= 0xDC80 && c <= 0xDCFF) {
            // an escaped byte comes back as itself; a wider codec would take it as a code unit
            put_byte(b, c - 0xDC00);
        } else if (h == RT_ERR_SURROGATEPASS && codec->limit == 0 && is_surrogate(c)) {
            put_char(b, codec, c);
        } else if (h != RT_ERR_IGNORE) {
            break;
        }
    }
    if (i == end)
        return 0;
    if (h == RT_ERR_UNKNOWN)
        return rt_str_unknown_handler(errors);
    // surrogateescape reports from the character it could not take, the others the whole run
    raise_encode_error(codec->name, s, h == RT_ERR_SURROGATEESCAPE ? i : start, end,
                       encode_reason(codec));
    return -1;
}

// Encode s into b: 0, or -1 with the error raised.
static int
encode_run(ByteSink *b, PyObject *s, const RtCodec *codec, RtErrorHandler h, const char *errors)
{
    Py_ssize_t len = PyUnicode_GET_LENGTH(s);
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    if (codec->byteorder == 0 && codec->unit > 1)
        put_char(b, codec, 0xFEFF);
    for (Py_ssize_t i = 0; i < len;) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (encodable(codec, c)) {
            put_char(b, codec, c);
            i++;
            continue;
        }
        // the byte codecs report a run of unencodable characters at once, UTF-16 and UTF-32
        // one surrogate at a time
        Py_ssize_t end = i + 1;
        while (codec->unit == 1 && end < len && !encodable(codec, PyUnicode_READ(kind, data, end)))
            end++;
        if (encode_error(b, codec, h, errors, s, i, end) < 0)
            return -1;
        i = end;
    }
    return 0;
}

const char *
PyUnicode_AsUTF8AndSize(PyObject *s, Py_ssize_t *size)
{
    if (!PyUnicode_Check(s)) {
        PyErr_SetString(PyExc_TypeError, "bad argument type for built-in operation");
        return NULL;
    }
    PyUnicodeObject *u = (PyUnicodeObject *)s;
    if (u->utf8 == NULL) {
        const RtCodec *utf8 = rt_str_codec_lookup(NULL);
        ByteSink b = {NULL, 0};
        if (encode_run(&b, s, utf8, RT_ERR_STRICT, NULL) < 0)
            return NULL;
        b.buf = PyMem_Malloc((size_t)b.n + 1);
        if (b.buf == NULL) {
            PyErr_NoMemory();
            return NULL;
        }
        Py_ssize_t n = b.n;
        b.n = 0;
        encode_run(&b, s, utf8, RT_ERR_STRICT, NULL);
        b.buf[n] = 0;
        u->utf8 = b.buf;
        u->utf8_length = n;
    }
    if (size != NULL)
        *size = u->utf8_length;
    return u->utf8;
}

const char *
PyUnicode_AsUTF8(PyObject *s)
{
    return PyUnicode_AsUTF8AndSize(s, NULL);
}

PyObject *
PyUnicode_AsUTF8String(PyObject *s)
{
    Py_ssize_t n;
    const char *p = PyUnicode_AsUTF8AndSize(s, &n);
    return p ? PyBytes_FromStringAndSize(p, n) : NULL;
}

PyObject *
PyUnicode_AsEncodedString(PyObject *s, const char *encoding, const char *errors)
{
    if (!PyUnicode_Check(s)) {
        PyErr_SetString(PyExc_TypeError, "bad argument type for built-in operation");
        return NULL;
    }
    const RtCodec *codec = rt_str_codec_lookup(encoding);
    if (codec == NULL)
        return NULL;
    RtErrorHandler h = rt_str_error_handler(errors);
    // ASCII text is its own encoding in every byte codec; UTF-8 is cached in the str
    int ascii = ((PyUnicodeObject *)s)->ascii;
    if (codec->unit == 1 && (ascii || (codec->limit == 0 && h == RT_ERR_STRICT)))
        return PyUnicode_AsUTF8String(s);
    ByteSink b = {NULL, 0};
    if (encode_run(&b, s, codec, h, errors) < 0) {
        rt_str_codec_wrap_error("encoding", encoding);
        return NULL;
    }
    PyObject *r = PyBytes_FromStringAndSize(NULL, b.n);
    if (r == NULL)
        return NULL;
    b.buf = PyBytes_AS_STRING(r);
    b.n = 0;
    encode_run(&b, s, codec, h, errors);
    return r;
}
