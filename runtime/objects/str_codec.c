// str_codec.c: the codecs built into str, their names and error handlers, and decoding:
// UTF-8 (strict, as CPython: no overlongs, surrogates or code points past U+10FFFF), ASCII,
// Latin-1, UTF-16 and UTF-32, with CPython's error ranges and messages. Encoding is in
// str_encode.c; the codec registry (codecs.lookup) is a module of its own and comes later.
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/objects/str_internal.h"

// ---- names: error handlers and codecs ------------------------------------------------------

RtErrorHandler
rt_str_error_handler(const char *errors)
{
    static const char *const names[] = {
        [RT_ERR_STRICT] = "strict",
        [RT_ERR_REPLACE] = "replace",
        [RT_ERR_IGNORE] = "ignore",
        [RT_ERR_SURROGATEESCAPE] = "surrogateescape",
        [RT_ERR_SURROGATEPASS] = "surrogatepass",
        [RT_ERR_BACKSLASHREPLACE] = "backslashreplace",
        [RT_ERR_XMLCHARREFREPLACE] = "xmlcharrefreplace",
    };
    if (errors == NULL)
        return RT_ERR_STRICT;
    for (int h = 0; h < RT_ERR_UNKNOWN; h++) {
        if (strcmp(errors, names[h]) == 0)
            return (RtErrorHandler)h;
    }
    return RT_ERR_UNKNOWN;
}

int
rt_str_unknown_handler(const char *errors)
{
    PyErr_Format(PyExc_LookupError, "unknown error handler name '%.400s'", errors);
    return -1;
}

// The codecs (UTF-8, the default, first), each with the names that Python's encodings
// package resolves to it: its module name first, then the aliases of encodings/aliases.py.
static const struct {
    RtCodec codec;
    const char *names[14];
} codecs[] = {
    {{"utf-8", 1, 0, 0}, {"utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4"}},
    {{"ascii", 1, 0, 0x80},
     {"ascii", "us_ascii", "646", "us", "cp367", "csascii", "ibm367", "iso646_us", "iso_ir_6",
      "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "iso_646.irv_1991"}},
    {{"latin-1", 1, 0, 0x100},
     {"latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "iso8859", "8859", "cp819",
      "ibm819", "csisolatin1", "iso_8859_1_1987", "iso_ir_100"}},
    {{"utf-16", 2, 0, 0}, {"utf_16", "utf16", "u16"}},
    {{"utf-16-le", 2, -1, 0}, {"utf_16_le", "utf_16le", "unicodelittleunmarked"}},
    {{"utf-16-be", 2, 1, 0}, {"utf_16_be", "utf_16be", "unicodebigunmarked"}},
    {{"utf-32", 4, 0, 0}, {"utf_32", "utf32", "u32"}},
    {{"utf-32-le", 4, -1, 0}, {"utf_32_le", "utf_32le"}},
    {{"utf-32-be", 4, 1, 0}, {"utf_32_be", "utf_32be"}},
};

// Normalize an encoding name into out (size n) as codecs.lookup does: lower case, each run of
// characters other than ASCII letters, digits and '.' becomes one '_' (none at either end).
// 0, or -1 if it does not fit (no codec has a name that long).
static int
normalize_name(const char *name, char *out, size_t n)
{
    size_t k = 0;
    int gap = 0;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
        unsigned char c = *p;
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.')) {
            gap = 1;
            continue;
        }
        if (k + 2 >= n)
            return -1;
        if (gap && k > 0)
            out[k++] = '_';
        out[k++] = (char)c;
        gap = 0;
    }
    out[k] = 0;
    return 0;
}

// The index in codecs[] of the normalized name (an alias, or also a module name), or -1.
static int
find_normalized(const char *norm, int aliases_only)
{
    for (size_t c = 0; c < sizeof codecs / sizeof codecs[0]; c++) {
        for (const char *const *a = codecs[c].names + aliases_only; *a != NULL; a++) {
            if (strcmp(norm, *a) == 0)
                return (int)c;
        }
    }
    return -1;
}

// The index in codecs[] of this name, or -1.
static int
find_codec(const char *encoding)
{
    if (encoding == NULL)
        return 0; // UTF-8
    char norm[40];
    if (normalize_name(encoding, norm, sizeof norm) < 0)
        return -1;
    int c = find_normalized(norm, 0);
    if (c >= 0 || strchr(norm, '.') == NULL)
        return c;
    // as encodings.search_function: the aliases again, with the dots as underscores
    for (char *p = norm; *p; p++)
        *p = *p == '.' ? '_' : *p;
    return find_normalized(norm, 1);
}

const RtCodec *
rt_str_codec_lookup(const char *encoding)
{
    int c = find_codec(encoding);
    if (c < 0) {
        PyErr_Format(PyExc_LookupError, "unknown encoding: %s", encoding);
        return NULL;
    }
    return &codecs[c].codec;
}

// True if CPython's PyUnicode_Decode and PyUnicode_AsEncodedString recognize the normalized
// name themselves, without the codec registry.
static int
is_fast_path_name(const char *norm)
{
    static const char *const names[] = {"utf_8", "utf8", "utf_16", "utf16", "utf_32", "utf32",
                                        "ascii", "us_ascii", "latin1", "latin_1", "iso_8859_1",
                                        "iso8859_1"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (strcmp(norm, names[i]) == 0)
            return 1;
    }
    return 0;
}

void
rt_str_codec_wrap_error(const char *verb, const char *encoding)
{
    char norm[40];
    if (encoding == NULL || normalize_name(encoding, norm, sizeof norm) < 0 ||
        is_fast_path_name(norm))
        return;
    PyObject *cause = PyErr_GetRaisedException();
    PyTypeObject *type = cause != NULL ? Py_TYPE(cause) : NULL;
    // only these exact types are rewrapped: UnicodeError and subclasses carry more state
    if (type != (PyTypeObject *)PyExc_TypeError && type != (PyTypeObject *)PyExc_LookupError) {
        PyErr_SetRaisedException(cause);
        return;
    }
    PyErr_Format((PyObject *)type, "%s with '%s' codec failed (%s: %S)", verb, encoding,
                 type->tp_name, cause);
    PyObject *exc = PyErr_GetRaisedException();
    if (exc != NULL) {
        PyException_SetCause(exc, Py_NewRef(cause)); // both steal a reference
        PyException_SetContext(exc, Py_NewRef(cause));
    }
    Py_DECREF(cause);
    PyErr_SetRaisedException(exc);
}

// Where decoded code points go. The decoders run twice: first with data == NULL to count the
// code points and find the widest (and to raise errors), then to write into the result.
typedef struct {
    int kind;
    void *data;
    Py_ssize_t n;
    Py_UCS4 maxchar;
} Sink;

// What a decoder reads: the bytes, from `start` (past a byte order mark), and how to report
// and handle errors. unit and big describe the code units of UTF-16 and UTF-32.
typedef struct {
    const char *s;
    Py_ssize_t size, start;
    RtErrorHandler h;
    const char *errors;
    const char *encoding; // the name errors give: "utf-16-le" once the byte order is known
    int utf;              // a UTF, which surrogatepass can take surrogates from
    int unit, big;
} Input;

// A decoder: run over all of in, writing into k; 0, or -1 with the error raised.
typedef int (*Decoder)(Sink *k, const Input *in);

static inline void
sink_put(Sink *k, Py_UCS4 c)
{
    if (k->data != NULL)
        PyUnicode_WRITE(k->kind, k->data, k->n, c);
    k->n++;
    if (c > k->maxchar)
        k->maxchar = c;
}

// The code unit of in->unit bytes at s[at] (the caller checked there are that many).
static Py_UCS4
read_unit(const Input *in, Py_ssize_t at)
{
    const unsigned char *p = (const unsigned char *)in->s + at;
    Py_UCS4 u = 0;
    for (int i = 0; i < in->unit; i++)
        u |= (Py_UCS4)p[in->big ? i : in->unit - 1 - i] << (8 * (in->unit - 1 - i));
    return u;
}

// The length of the surrogate encoded at s[at] as the codec would encode it (what
// surrogatepass takes), or 0.
static Py_ssize_t
encoded_surrogate(const Input *in, Py_ssize_t at)
{
    const unsigned char *u = (const unsigned char *)in->s + at;
    if (!in->utf)
        return 0;
    if (in->unit == 1) // UTF-8: ED A0..BF 80..BF
        return in->size - at >= 3 && u[0] == 0xED && (u[1] & 0xE0) == 0xA0 && (u[2] & 0xC0) == 0x80
                   ? 3
                   : 0;
    if (in->size - at < in->unit)
        return 0;
    Py_UCS4 c = read_unit(in, at);
    return c >= 0xD800 && c <= 0xDFFF ? in->unit : 0;
}

// The surrogate that encoded_surrogate found at s[at].
static Py_UCS4
surrogate_value(const Input *in, Py_ssize_t at)
{
    const unsigned char *u = (const unsigned char *)in->s + at;
    if (in->unit == 1)
        return 0xD000 | ((Py_UCS4)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
    return read_unit(in, at);
}

// The bytes s[start:end] could not be decoded for `reason`: apply the handler and return
// where decoding resumes (end, or past the surrogate surrogatepass took), or raise and
// return -1.
static Py_ssize_t
decode_error(Sink *k, const Input *in, Py_ssize_t start, Py_ssize_t end, const char *reason)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *u = (const unsigned char *)in->s;
    switch (in->h) {
    case RT_ERR_REPLACE:
        sink_put(k, 0xFFFD);
        return end;
    case RT_ERR_IGNORE:
        return end;
    case RT_ERR_SURROGATEESCAPE: {
        // as CPython's handler: escape the leading non-ASCII bytes (at most 4) and resume
        // after them; an ASCII byte cannot be escaped, so the error stands if one comes first
        Py_ssize_t i = start;
        for (; i < end && i - start < 4 && u[i] >= 0x80; i++)
            sink_put(k, 0xDC00 + u[i]);
        if (i > start)
            return i;
        break;
    }
    case RT_ERR_SURROGATEPASS: {
        // only one encoded surrogate passes; the decoder calls again for the next
        Py_ssize_t n = encoded_surrogate(in, start);
        if (n > 0) {
            sink_put(k, surrogate_value(in, start));
            return start + n;
        }
        break;
    }
    case RT_ERR_BACKSLASHREPLACE:
        for (Py_ssize_t i = start; i < end; i++) {
            sink_put(k, '\\');
            sink_put(k, 'x');
            sink_put(k, (Py_UCS4)hex[u[i] >> 4]);
            sink_put(k, (Py_UCS4)hex[u[i] & 15]);
        }
        return end;
    case RT_ERR_XMLCHARREFREPLACE:
        PyErr_SetString(PyExc_TypeError, "don't know how to handle UnicodeDecodeError in error "
                                         "callback");
        return -1;
    case RT_ERR_UNKNOWN:
        return rt_str_unknown_handler(in->errors);
    default:
        break;
    }
    PyObject *exc = PyUnicodeDecodeError_Create(in->encoding, in->s, in->size, start, end, reason);
    if (exc != NULL) {
        PyErr_SetObject(PyExc_UnicodeDecodeError, exc);
        Py_DECREF(exc);
    }
    return -1;
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
utf8_run(Sink *k, const Input *in)
{
    const unsigned char *s = (const unsigned char *)in->s;
    Py_ssize_t size = in->size;
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
            i = decode_error(k, in, i, i - r, reason);
            if (i < 0)
                return -1;
        }
    }
    return 0;
}

// The input of a codec with single bytes as code units: UTF-8, ASCII or Latin-1.
static Input
byte_input(const char *s, Py_ssize_t size, const RtCodec *codec, const char *errors)
{
    Input in = {s, size, 0, rt_str_error_handler(errors), errors, codec->name, codec->limit == 0,
                1, 0};
    return in;
}

// Run a decoder in its two passes and build the str.
static PyObject *
decode_two_pass(Decoder run, const Input *in)
{
    Sink k = {PyUnicode_1BYTE_KIND, NULL, 0, 0};
    if (run(&k, in) < 0)
        return NULL;
    if (k.n == 0)
        return PyUnicode_New(0, 0);
    if (k.n == 1) { // a Latin-1 singleton may be the answer: decode into a local
        Py_UCS4 c;
        Sink one = {PyUnicode_4BYTE_KIND, &c, 0, 0};
        run(&one, in);
        return PyUnicode_FromOrdinal((int)c);
    }
    PyObject *u = PyUnicode_New(k.n, k.maxchar);
    if (u == NULL)
        return NULL;
    Sink w = {PyUnicode_KIND(u), PyUnicode_DATA(u), 0, 0};
    run(&w, in); // cannot fail: the first pass raised every error
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
    Input in = byte_input(s, size, &codecs[0].codec, errors);
    return decode_two_pass(utf8_run, &in);
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
ascii_run(Sink *k, const Input *in)
{
    for (Py_ssize_t i = 0; i < in->size;) {
        unsigned char b = (unsigned char)in->s[i];
        if (b < 0x80) {
            sink_put(k, b);
            i++;
        } else if ((i = decode_error(k, in, i, i + 1, "ordinal not in range(128)")) < 0) {
            return -1;
        }
    }
    return 0;
}

static int
latin1_run(Sink *k, const Input *in)
{
    for (Py_ssize_t i = 0; i < in->size; i++)
        sink_put(k, (unsigned char)in->s[i]);
    return 0;
}

// ---- UTF-16 and UTF-32 decoding ---------------------------------------------------------

static int
utf16_run(Sink *k, const Input *in)
{
    for (Py_ssize_t i = in->start; i < in->size;) {
        Py_ssize_t at = i;
        const char *reason = NULL;
        Py_ssize_t end = at + 2;
        if (in->size - at < 2) {
            reason = "truncated data";
            end = in->size;
        } else {
            Py_UCS4 c = read_unit(in, at);
            i += 2;
            if (c < 0xD800 || c > 0xDFFF) {
                sink_put(k, c);
                continue;
            }
            if (c >= 0xDC00) {
                reason = "illegal encoding";
            } else if (in->size - i < 2) {
                reason = "unexpected end of data";
                end = in->size;
            } else {
                Py_UCS4 low = read_unit(in, i);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    sink_put(k, 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00));
                    i += 2;
                    continue;
                }
                reason = "illegal UTF-16 surrogate"; // the high surrogate alone is at fault
            }
        }
        if ((i = decode_error(k, in, at, end, reason)) < 0)
            return -1;
    }
    return 0;
}

static int
utf32_run(Sink *k, const Input *in)
{
    for (Py_ssize_t i = in->start; i < in->size;) {
        Py_ssize_t at = i, end = in->size;
        const char *reason = "truncated data";
        if (in->size - at >= 4) {
            Py_UCS4 c = read_unit(in, at);
            i += 4;
            if (c <= RT_MAX_UNICODE && (c < 0xD800 || c > 0xDFFF)) {
                sink_put(k, c);
                continue;
            }
            end = i;
            reason = c > RT_MAX_UNICODE ? "code point not in range(0x110000)"
                                        : "code point in surrogate code point range(0xd800, 0xe000)";
        }
        if ((i = decode_error(k, in, at, end, reason)) < 0)
            return -1;
    }
    return 0;
}

// Decode UTF-16 or UTF-32 (the codec's unit): the codecs without a byte order read one from
// a byte order mark, or take the machine's own, and then report errors under the name of
// the byte order they use ("utf-16-le").
static PyObject *
decode_utf_16_32(const RtCodec *codec, const char *s, Py_ssize_t size, const char *errors)
{
    static const char *const names[2][2] = {{"utf-16-le", "utf-16-be"}, {"utf-32-le", "utf-32-be"}};
    Input in = {s, size, 0, rt_str_error_handler(errors), errors, NULL, 1, codec->unit, 0};
    in.big = codec->byteorder == 0 ? rt_str_native_big_endian() : codec->byteorder > 0;
    if (codec->byteorder == 0 && size >= codec->unit) {
        // the byte order mark, read as little-endian, tells the order
        in.big = 0;
        Py_UCS4 bom = read_unit(&in, 0), swapped = codec->unit == 2 ? 0xFFFE : 0xFFFE0000;
        in.big = bom == 0xFEFF ? 0 : bom == swapped ? 1 : rt_str_native_big_endian();
        in.start = bom == 0xFEFF || bom == swapped ? codec->unit : 0;
    }
    in.encoding = names[codec->unit == 4][in.big];
    return decode_two_pass(codec->unit == 2 ? utf16_run : utf32_run, &in);
}

// Decode with a known codec.
static PyObject *
decode(const RtCodec *codec, const char *s, Py_ssize_t size, const char *errors)
{
    if (codec->unit > 1)
        return decode_utf_16_32(codec, s, size, errors);
    if (codec->limit == 0)
        return PyUnicode_DecodeUTF8(s, size, errors);
    Input in = byte_input(s, size, codec, errors);
    return decode_two_pass(codec->limit == 0x80 ? ascii_run : latin1_run, &in);
}

PyObject *
PyUnicode_Decode(const char *s, Py_ssize_t size, const char *encoding, const char *errors)
{
    const RtCodec *codec = rt_str_codec_lookup(encoding);
    if (codec == NULL)
        return NULL;
    PyObject *r = decode(codec, s, size, errors);
    if (r == NULL)
        rt_str_codec_wrap_error("decoding", encoding);
    return r;
}
