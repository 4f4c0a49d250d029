// str_codec.c: the codecs built into str: UTF-8 (strict, as CPython: no overlongs, surrogates
// or code points past U+10FFFF), ASCII and Latin-1, with the error handlers strict, replace,
// ignore, surrogateescape and backslashreplace. The codec registry (codecs.lookup) is a module
// of its own and comes later; the str object core is in str.c.
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/objects/str_internal.h"

typedef enum {
    ERR_STRICT,
    ERR_REPLACE,
    ERR_IGNORE,
    ERR_SURROGATEESCAPE,
    ERR_BACKSLASHREPLACE,
    ERR_UNKNOWN, // reported only when an error happens, as CPython looks handlers up lazily
} ErrorHandler;

static ErrorHandler
parse_handler(const char *errors)
{
    if (errors == NULL || strcmp(errors, "strict") == 0)
        return ERR_STRICT;
    if (strcmp(errors, "replace") == 0)
        return ERR_REPLACE;
    if (strcmp(errors, "ignore") == 0)
        return ERR_IGNORE;
    if (strcmp(errors, "surrogateescape") == 0)
        return ERR_SURROGATEESCAPE;
    if (strcmp(errors, "backslashreplace") == 0)
        return ERR_BACKSLASHREPLACE;
    return ERR_UNKNOWN;
}

static int
unknown_handler(const char *errors)
{
    PyErr_Format(PyExc_LookupError, "unknown error handler name '%.400s'", errors);
    return -1;
}

// Where decoded code points go. The decoders run twice: first with data == NULL to count the
// code points and find the widest (and to raise errors), then to write into the result.
typedef struct {
    int kind;
    void *data;
    Py_ssize_t n;
    Py_UCS4 maxchar;
} Sink;

static inline void
sink_put(Sink *k, Py_UCS4 c)
{
    if (k->data != NULL)
        PyUnicode_WRITE(k->kind, k->data, k->n, c);
    k->n++;
    if (c > k->maxchar)
        k->maxchar = c;
}

// The bytes s[start:end] could not be decoded: apply the handler, or raise.
static int
decode_error(Sink *k, ErrorHandler h, const char *errors, const char *encoding, const char *s,
             Py_ssize_t size, Py_ssize_t start, Py_ssize_t end, const char *reason)
{
    static const char hex[] = "0123456789abcdef";
    switch (h) {
    case ERR_STRICT: {
        PyObject *exc = PyUnicodeDecodeError_Create(encoding, s, size, start, end, reason);
        if (exc != NULL) {
            PyErr_SetObject(PyExc_UnicodeDecodeError, exc);
            Py_DECREF(exc);
        }
        return -1;
    }
    case ERR_REPLACE:
        sink_put(k, 0xFFFD);
        return 0;
    case ERR_IGNORE:
        return 0;
    case ERR_SURROGATEESCAPE:
        for (Py_ssize_t i = start; i < end; i++)
            sink_put(k, 0xDC00 + (unsigned char)s[i]);
        return 0;
    case ERR_BACKSLASHREPLACE:
        for (Py_ssize_t i = start; i < end; i++) {
            unsigned char b = (unsigned char)s[i];
            sink_put(k, '\\');
            sink_put(k, 'x');
            sink_put(k, (Py_UCS4)hex[b >> 4]);
            sink_put(k, (Py_UCS4)hex[b & 15]);
        }
        return 0;
    default:
        return unknown_handler(errors);
    }
}

// ---- UTF-8 decoding ---------------------------------------------------------------------

static inline int
is_cont(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

// Decode the multi-byte sequence at s[0:avail]. On success returns its length and sets *cp; on
// error returns minus the length of the invalid range and sets *reason, choosing the range
// exactly as CPython's decoder does (it decides the bytes an error message names).
static int
decode_seq(const unsigned char *s, Py_ssize_t avail, Py_UCS4 *cp, const char **reason)
{
    unsigned c = s[0];
    *reason = "invalid continuation byte";
    if (c < 0xC2 || c > 0xF4) {
        *reason = "invalid start byte";
        return -1;
    }
    int need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (avail >= 2) {
        unsigned c2 = s[1];
        // the second byte's range depends on the lead: this is where overlong forms,
        // surrogates and code points past U+10FFFF are rejected
        int bad2 = !is_cont((unsigned char)c2) || (c == 0xE0 && c2 < 0xA0) ||
                   (c == 0xED && c2 >= 0xA0) || (c == 0xF0 && c2 < 0x90) ||
                   (c == 0xF4 && c2 >= 0x90);
        if (bad2)
            return -1;
    }
    if (need >= 3 && avail >= 3 && !is_cont(s[2]))
        return -2;
    if (need == 4 && avail >= 4 && !is_cont(s[3]))
        return -3;
    if (avail < need) {
        *reason = "unexpected end of data";
        return -(int)avail;
    }
    if (need == 2)
        *cp = ((c & 0x1F) << 6) | (s[1] & 0x3F);
    else if (need == 3)
        *cp = ((c & 0x0F) << 12) | ((Py_UCS4)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    else
        *cp = ((c & 0x07) << 18) | ((Py_UCS4)(s[1] & 0x3F) << 12) | ((Py_UCS4)(s[2] & 0x3F) << 6) |
              (s[3] & 0x3F);
    return need;
}

// Length of the ASCII prefix of s[0:n], a word at a time.
static Py_ssize_t
ascii_prefix(const unsigned char *s, Py_ssize_t n)
{
    Py_ssize_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (w & 0x8080808080808080ULL)
            break;
    }
    while (i < n && s[i] < 0x80)
        i++;
    return i;
}

static int
utf8_run(Sink *k, const char *str, Py_ssize_t size, ErrorHandler h, const char *errors)
{
    const unsigned char *s = (const unsigned char *)str;
    Py_ssize_t i = 0;
    while (i < size) {
        Py_ssize_t a = ascii_prefix(s + i, size - i);
        if (k->data != NULL && k->kind == PyUnicode_1BYTE_KIND)
            memcpy((char *)k->data + k->n, s + i, (size_t)a);
        else
            for (Py_ssize_t j = 0; j < a && k->data != NULL; j++)
                PyUnicode_WRITE(k->kind, k->data, k->n + j, s[i + j]);
        if (a > 0 && k->maxchar < 0x7F)
            k->maxchar = 0x7F;
        k->n += a;
        i += a;
        if (i == size)
            break;
        Py_UCS4 cp = 0; // set by decode_seq when it succeeds; gcc -O2 cannot see that
        const char *reason;
        int r = decode_seq(s + i, size - i, &cp, &reason);
        if (r > 0) {
            sink_put(k, cp);
            i += r;
        } else {
            if (decode_error(k, h, errors, "utf-8", str, size, i, i - r, reason) < 0)
                return -1;
            i -= r;
        }
    }
    return 0;
}

// Run a decoder in its two passes and build the str.
static PyObject *
decode_two_pass(int (*run)(Sink *, const char *, Py_ssize_t, ErrorHandler, const char *),
                const char *s, Py_ssize_t size, const char *errors)
{
    ErrorHandler h = parse_handler(errors);
    Sink k = {PyUnicode_1BYTE_KIND, NULL, 0, 0};
    if (run(&k, s, size, h, errors) < 0)
        return NULL;
    if (k.n == 0)
        return PyUnicode_New(0, 0);
    if (k.n == 1) { // a Latin-1 singleton may be the answer: decode into a local
        Py_UCS4 c;
        Sink one = {PyUnicode_4BYTE_KIND, &c, 0, 0};
        run(&one, s, size, h, errors);
        return PyUnicode_FromOrdinal((int)c);
    }
    PyObject *u = PyUnicode_New(k.n, k.maxchar);
    if (u == NULL)
        return NULL;
    Sink w = {PyUnicode_KIND(u), PyUnicode_DATA(u), 0, 0};
    run(&w, s, size, h, errors); // cannot fail: the first pass raised every error
    return u;
}

PyObject *
PyUnicode_DecodeUTF8(const char *s, Py_ssize_t size, const char *errors)
{
    // pure ASCII is the common case (source files, identifiers, I/O): one scan and a copy
    if (ascii_prefix((const unsigned char *)s, size) == size) {
        if (size == 1)
            return PyUnicode_FromOrdinal((unsigned char)s[0]);
        PyObject *u = PyUnicode_New(size, 0x7F);
        if (u != NULL)
            memcpy(PyUnicode_DATA(u), s, (size_t)size);
        return u;
    }
    return decode_two_pass(utf8_run, s, size, errors);
}

PyObject *
PyUnicode_FromStringAndSize(const char *u, Py_ssize_t size)
{
    if (size < 0) {
        PyErr_SetString(PyExc_SystemError, "Negative size passed to PyUnicode_FromStringAndSize");
        return NULL;
    }
    if (u == NULL && size != 0) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return PyUnicode_DecodeUTF8(u ? u : "", size, NULL);
}

PyObject *
PyUnicode_FromString(const char *u)
{
    return PyUnicode_DecodeUTF8(u, (Py_ssize_t)strlen(u), NULL);
}

// ---- ASCII and Latin-1 decoding ---------------------------------------------------------

static int
ascii_run(Sink *k, const char *s, Py_ssize_t size, ErrorHandler h, const char *errors)
{
    for (Py_ssize_t i = 0; i < size; i++) {
        unsigned char b = (unsigned char)s[i];
        if (b < 0x80)
            sink_put(k, b);
        else if (decode_error(k, h, errors, "ascii", s, size, i, i + 1,
                              "ordinal not in range(128)") < 0)
            return -1;
    }
    return 0;
}

static int
latin1_run(Sink *k, const char *s, Py_ssize_t size, ErrorHandler h, const char *errors)
{
    for (Py_ssize_t i = 0; i < size; i++)
        sink_put(k, (unsigned char)s[i]);
    return 0;
}

typedef enum { CODEC_UNKNOWN, CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1 } Codec;

// Find a built-in codec by name, normalized as Python's encodings package does (case and
// the separators ' ', '-' and '_' do not matter).
static Codec
lookup_codec(const char *name)
{
    // clang-format off
    static const char *const utf8[] = {"utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2",
                                       "utf8_ucs4", NULL};
    static const char *const ascii[] = {"ascii", "us_ascii", "646", "us", "cp367", "csascii",
                                        "ibm367", "iso646_us", "iso_ir_6", "ansi_x3.4_1968",
                                        "ansi_x3_4_1968", "ansi_x3.4_1986", "iso_646.irv_1991",
                                        NULL};
    static const char *const latin1[] = {"latin_1", "latin1", "latin", "l1", "iso_8859_1",
                                         "iso8859_1", "8859", "cp819", "ibm819", "csisolatin1",
                                         "iso_8859_1_1987", "iso_ir_100", NULL};
    // clang-format on
    char norm[32];
    size_t n = 0;
    for (const char *p = name; *p; p++) {
        if (n + 1 >= sizeof norm)
            return CODEC_UNKNOWN;
        char c = *p;
        norm[n++] = (c == ' ' || c == '-') ? '_' : (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    norm[n] = 0;
    const char *const *tables[] = {utf8, ascii, latin1};
    for (int t = 0; t < 3; t++)
        for (const char *const *a = tables[t]; *a; a++)
            if (strcmp(norm, *a) == 0)
                return (Codec)(CODEC_UTF8 + t);
    return CODEC_UNKNOWN;
}

PyObject *
PyUnicode_Decode(const char *s, Py_ssize_t size, const char *encoding, const char *errors)
{
    switch (encoding == NULL ? CODEC_UTF8 : lookup_codec(encoding)) {
    case CODEC_UTF8:
        return PyUnicode_DecodeUTF8(s, size, errors);
    case CODEC_ASCII:
        return decode_two_pass(ascii_run, s, size, errors);
    case CODEC_LATIN1:
        return decode_two_pass(latin1_run, s, size, errors);
    default:
        PyErr_Format(PyExc_LookupError, "unknown encoding: %s", encoding);
        return NULL;
    }
}

// ---- encoding ---------------------------------------------------------------------------

// Raise UnicodeEncodeError(encoding, s, start, end, reason).
static void
raise_encode_error(const char *encoding, PyObject *s, Py_ssize_t start, Py_ssize_t end,
                   const char *reason)
{
    PyObject *args = PyTuple_New(5);
    if (args == NULL)
        return;
    PyObject *items[5] = {PyUnicode_FromString(encoding), Py_NewRef(s), PyLong_FromSsize_t(start),
                          PyLong_FromSsize_t(end), PyUnicode_FromString(reason)};
    int ok = 1;
    for (int i = 0; i < 5; i++) {
        ok &= items[i] != NULL;
        PyTuple_SET_ITEM(args, i, items[i]);
    }
    PyObject *exc = ok ? PyObject_Call(PyExc_UnicodeEncodeError, args, NULL) : NULL;
    Py_DECREF(args); // a tuple with NULL items is still released correctly
    if (exc != NULL) {
        PyErr_SetObject(PyExc_UnicodeEncodeError, exc);
        Py_DECREF(exc);
    }
}

// An output byte buffer for the encoders; NULL buf means "only count".
typedef struct {
    char *buf;
    Py_ssize_t n;
} ByteSink;

static inline void
bytes_put(ByteSink *b, unsigned c)
{
    if (b->buf != NULL)
        b->buf[b->n] = (char)c;
    b->n++;
}

static void
put_utf8(ByteSink *b, Py_UCS4 c)
{
    if (c < 0x80) {
        bytes_put(b, c);
    } else if (c < 0x800) {
        bytes_put(b, 0xC0 | (c >> 6));
        bytes_put(b, 0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        bytes_put(b, 0xE0 | (c >> 12));
        bytes_put(b, 0x80 | ((c >> 6) & 0x3F));
        bytes_put(b, 0x80 | (c & 0x3F));
    } else {
        bytes_put(b, 0xF0 | (c >> 18));
        bytes_put(b, 0x80 | ((c >> 12) & 0x3F));
        bytes_put(b, 0x80 | ((c >> 6) & 0x3F));
        bytes_put(b, 0x80 | (c & 0x3F));
    }
}

// Apply an encode error handler to the unencodable run s[start:end]: 0, or -1 raised.
static int
encode_error(ByteSink *b, ErrorHandler h, const char *errors, const char *encoding, PyObject *s,
             Py_ssize_t start, Py_ssize_t end, const char *reason)
{
    static const char hex[] = "0123456789abcdef";
    for (Py_ssize_t i = start; i < end && h != ERR_STRICT && h != ERR_UNKNOWN; i++) {
        Py_UCS4 c = PyUnicode_READ_CHAR(s, i);
        if (h == ERR_REPLACE) {
            bytes_put(b, '?');
        } else if (h == ERR_SURROGATEESCAPE) {
            if (c < 0xDC80 || c > 0xDCFF)
                break; // not an escaped byte: the error stands
            bytes_put(b, c - 0xDC00);
        } else if (h == ERR_BACKSLASHREPLACE) {
            int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
            bytes_put(b, '\\');
            bytes_put(b, digits == 2 ? 'x' : digits == 4 ? 'u' : 'U');
            for (int d = digits - 1; d >= 0; d--)
                bytes_put(b, (unsigned char)hex[(c >> (4 * d)) & 15]);
        }
        if (i + 1 == end)
            return 0;
    }
    if (h == ERR_IGNORE)
        return 0;
    if (h == ERR_UNKNOWN)
        return unknown_handler(errors);
    raise_encode_error(encoding, s, start, end, reason);
    return -1;
}

// Encode s with a code-point limit (0x80 ASCII, 0x100 Latin-1, 0 for UTF-8 where only
// surrogates fail) into b: 0, or -1 with the error raised.
static int
encode_run(ByteSink *b, PyObject *s, Py_UCS4 limit, const char *encoding, ErrorHandler h,
           const char *errors)
{
    Py_ssize_t len = PyUnicode_GET_LENGTH(s);
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    const char *reason = limit == 0      ? "surrogates not allowed"
                         : limit == 0x80 ? "ordinal not in range(128)"
                                         : "ordinal not in range(256)";
    for (Py_ssize_t i = 0; i < len;) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        int bad = limit ? c >= limit : (c >= 0xD800 && c <= 0xDFFF);
        if (!bad) {
            if (limit)
                bytes_put(b, c);
            else
                put_utf8(b, c);
            i++;
            continue;
        }
        Py_ssize_t end = i + 1; // CPython reports a run of unencodable characters at once
        while (end < len) {
            Py_UCS4 d = PyUnicode_READ(kind, data, end);
            if (!(limit ? d >= limit : (d >= 0xD800 && d <= 0xDFFF)))
                break;
            end++;
        }
        if (encode_error(b, h, errors, encoding, s, i, end, reason) < 0)
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
        ByteSink b = {NULL, 0};
        if (encode_run(&b, s, 0, "utf-8", ERR_STRICT, NULL) < 0)
            return NULL;
        b.buf = PyMem_Malloc((size_t)b.n + 1);
        if (b.buf == NULL) {
            PyErr_NoMemory();
            return NULL;
        }
        Py_ssize_t n = b.n;
        b.n = 0;
        encode_run(&b, s, 0, "utf-8", ERR_STRICT, NULL);
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
    Codec codec = encoding == NULL ? CODEC_UTF8 : lookup_codec(encoding);
    if (codec == CODEC_UNKNOWN) {
        PyErr_Format(PyExc_LookupError, "unknown encoding: %s", encoding);
        return NULL;
    }
    ErrorHandler h = parse_handler(errors);
    if (codec == CODEC_UTF8 && h == ERR_STRICT)
        return PyUnicode_AsUTF8String(s);
    Py_UCS4 limit = codec == CODEC_UTF8 ? 0 : codec == CODEC_ASCII ? 0x80 : 0x100;
    const char *name = codec == CODEC_UTF8 ? "utf-8" : codec == CODEC_ASCII ? "ascii" : "latin-1";
    ByteSink b = {NULL, 0};
    if (encode_run(&b, s, limit, name, h, errors) < 0)
        return NULL;
    PyObject *r = PyBytes_FromStringAndSize(NULL, b.n);
    if (r == NULL)
        return NULL;
    b.buf = PyBytes_AS_STRING(r);
    b.n = 0;
    encode_run(&b, s, limit, name, h, errors);
    return r;
}
