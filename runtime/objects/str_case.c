// str_case.c: full case mappings (lower, upper, title, casefold: one character may become up
// to three, as SpecialCasing.txt and CaseFolding.txt say) and the case conversions of whole
// strings, with the final-sigma rule of str.lower(). Character properties are in str_props.c.
#include <stddef.h>
#include <utf8proc.h>
#include "runtime/runtime.h"
#include "runtime/objects/str_props.h"

// A code point whose lower, upper or title mapping has several code points (0-padded).
typedef struct {
    Py_UCS4 c;
    Py_UCS4 lower[3], upper[3], title[3];
} SpecialCase;

// Generated on CPython 3.11: the code points with len(c.lower()), len(c.upper()) or
// len(c.title()) > 1.
static const SpecialCase special_cases[] = {
    {0xDF, {0xDF}, {0x53, 0x53}, {0x53, 0x73}},
    {0x130, {0x69, 0x307}, {0x130}, {0x130}},
    {0x149, {0x149}, {0x2BC, 0x4E}, {0x2BC, 0x4E}},
    {0x1F0, {0x1F0}, {0x4A, 0x30C}, {0x4A, 0x30C}},
    {0x390, {0x390}, {0x399, 0x308, 0x301}, {0x399, 0x308, 0x301}},
    {0x3B0, {0x3B0}, {0x3A5, 0x308, 0x301}, {0x3A5, 0x308, 0x301}},
    {0x587, {0x587}, {0x535, 0x552}, {0x535, 0x582}},
    {0x1E96, {0x1E96}, {0x48, 0x331}, {0x48, 0x331}},
    {0x1E97, {0x1E97}, {0x54, 0x308}, {0x54, 0x308}},
    {0x1E98, {0x1E98}, {0x57, 0x30A}, {0x57, 0x30A}},
    {0x1E99, {0x1E99}, {0x59, 0x30A}, {0x59, 0x30A}},
    {0x1E9A, {0x1E9A}, {0x41, 0x2BE}, {0x41, 0x2BE}},
    {0x1F50, {0x1F50}, {0x3A5, 0x313}, {0x3A5, 0x313}},
    {0x1F52, {0x1F52}, {0x3A5, 0x313, 0x300}, {0x3A5, 0x313, 0x300}},
    {0x1F54, {0x1F54}, {0x3A5, 0x313, 0x301}, {0x3A5, 0x313, 0x301}},
    {0x1F56, {0x1F56}, {0x3A5, 0x313, 0x342}, {0x3A5, 0x313, 0x342}},
    {0x1F80, {0x1F80}, {0x1F08, 0x399}, {0x1F88}},
    {0x1F81, {0x1F81}, {0x1F09, 0x399}, {0x1F89}},
    {0x1F82, {0x1F82}, {0x1F0A, 0x399}, {0x1F8A}},
    {0x1F83, {0x1F83}, {0x1F0B, 0x399}, {0x1F8B}},
    {0x1F84, {0x1F84}, {0x1F0C, 0x399}, {0x1F8C}},
    {0x1F85, {0x1F85}, {0x1F0D, 0x399}, {0x1F8D}},
    {0x1F86, {0x1F86}, {0x1F0E, 0x399}, {0x1F8E}},
    {0x1F87, {0x1F87}, {0x1F0F, 0x399}, {0x1F8F}},
    {0x1F88, {0x1F80}, {0x1F08, 0x399}, {0x1F88}},
    {0x1F89, {0x1F81}, {0x1F09, 0x399}, {0x1F89}},
    {0x1F8A, {0x1F82}, {0x1F0A, 0x399}, {0x1F8A}},
    {0x1F8B, {0x1F83}, {0x1F0B, 0x399}, {0x1F8B}},
    {0x1F8C, {0x1F84}, {0x1F0C, 0x399}, {0x1F8C}},
    {0x1F8D, {0x1F85}, {0x1F0D, 0x399}, {0x1F8D}},
    {0x1F8E, {0x1F86}, {0x1F0E, 0x399}, {0x1F8E}},
    {0x1F8F, {0x1F87}, {0x1F0F, 0x399}, {0x1F8F}},
    {0x1F90, {0x1F90}, {0x1F28, 0x399}, {0x1F98}},
    {0x1F91, {0x1F91}, {0x1F29, 0x399}, {0x1F99}},
    {0x1F92, {0x1F92}, {0x1F2A, 0x399}, {0x1F9A}},
    {0x1F93, {0x1F93}, {0x1F2B, 0x399}, {0x1F9B}},
    {0x1F94, {0x1F94}, {0x1F2C, 0x399}, {0x1F9C}},
    {0x1F95, {0x1F95}, {0x1F2D, 0x399}, {0x1F9D}},
    {0x1F96, {0x1F96}, {0x1F2E, 0x399}, {0x1F9E}},
    {0x1F97, {0x1F97}, {0x1F2F, 0x399}, {0x1F9F}},
    {0x1F98, {0x1F90}, {0x1F28, 0x399}, {0x1F98}},
    {0x1F99, {0x1F91}, {0x1F29, 0x399}, {0x1F99}},
    {0x1F9A, {0x1F92}, {0x1F2A, 0x399}, {0x1F9A}},
    {0x1F9B, {0x1F93}, {0x1F2B, 0x399}, {0x1F9B}},
    {0x1F9C, {0x1F94}, {0x1F2C, 0x399}, {0x1F9C}},
    {0x1F9D, {0x1F95}, {0x1F2D, 0x399}, {0x1F9D}},
    {0x1F9E, {0x1F96}, {0x1F2E, 0x399}, {0x1F9E}},
    {0x1F9F, {0x1F97}, {0x1F2F, 0x399}, {0x1F9F}},
    {0x1FA0, {0x1FA0}, {0x1F68, 0x399}, {0x1FA8}},
    {0x1FA1, {0x1FA1}, {0x1F69, 0x399}, {0x1FA9}},
    {0x1FA2, {0x1FA2}, {0x1F6A, 0x399}, {0x1FAA}},
    {0x1FA3, {0x1FA3}, {0x1F6B, 0x399}, {0x1FAB}},
    {0x1FA4, {0x1FA4}, {0x1F6C, 0x399}, {0x1FAC}},
    {0x1FA5, {0x1FA5}, {0x1F6D, 0x399}, {0x1FAD}},
    {0x1FA6, {0x1FA6}, {0x1F6E, 0x399}, {0x1FAE}},
    {0x1FA7, {0x1FA7}, {0x1F6F, 0x399}, {0x1FAF}},
    {0x1FA8, {0x1FA0}, {0x1F68, 0x399}, {0x1FA8}},
    {0x1FA9, {0x1FA1}, {0x1F69, 0x399}, {0x1FA9}},
    {0x1FAA, {0x1FA2}, {0x1F6A, 0x399}, {0x1FAA}},
    {0x1FAB, {0x1FA3}, {0x1F6B, 0x399}, {0x1FAB}},
    {0x1FAC, {0x1FA4}, {0x1F6C, 0x399}, {0x1FAC}},
    {0x1FAD, {0x1FA5}, {0x1F6D, 0x399}, {0x1FAD}},
    {0x1FAE, {0x1FA6}, {0x1F6E, 0x399}, {0x1FAE}},
    {0x1FAF, {0x1FA7}, {0x1F6F, 0x399}, {0x1FAF}},
    {0x1FB2, {0x1FB2}, {0x1FBA, 0x399}, {0x1FBA, 0x345}},
    {0x1FB3, {0x1FB3}, {0x391, 0x399}, {0x1FBC}},
    {0x1FB4, {0x1FB4}, {0x386, 0x399}, {0x386, 0x345}},
    {0x1FB6, {0x1FB6}, {0x391, 0x342}, {0x391, 0x342}},
    {0x1FB7, {0x1FB7}, {0x391, 0x342, 0x399}, {0x391, 0x342, 0x345}},
    {0x1FBC, {0x1FB3}, {0x391, 0x399}, {0x1FBC}},
    {0x1FC2, {0x1FC2}, {0x1FCA, 0x399}, {0x1FCA, 0x345}},
    {0x1FC3, {0x1FC3}, {0x397, 0x399}, {0x1FCC}},
    {0x1FC4, {0x1FC4}, {0x389, 0x399}, {0x389, 0x345}},
    {0x1FC6, {0x1FC6}, {0x397, 0x342}, {0x397, 0x342}},
    {0x1FC7, {0x1FC7}, {0x397, 0x342, 0x399}, {0x397, 0x342, 0x345}},
    {0x1FCC, {0x1FC3}, {0x397, 0x399}, {0x1FCC}},
    {0x1FD2, {0x1FD2}, {0x399, 0x308, 0x300}, {0x399, 0x308, 0x300}},
    {0x1FD3, {0x1FD3}, {0x399, 0x308, 0x301}, {0x399, 0x308, 0x301}},
    {0x1FD6, {0x1FD6}, {0x399, 0x342}, {0x399, 0x342}},
    {0x1FD7, {0x1FD7}, {0x399, 0x308, 0x342}, {0x399, 0x308, 0x342}},
    {0x1FE2, {0x1FE2}, {0x3A5, 0x308, 0x300}, {0x3A5, 0x308, 0x300}},
    {0x1FE3, {0x1FE3}, {0x3A5, 0x308, 0x301}, {0x3A5, 0x308, 0x301}},
    {0x1FE4, {0x1FE4}, {0x3A1, 0x313}, {0x3A1, 0x313}},
    {0x1FE6, {0x1FE6}, {0x3A5, 0x342}, {0x3A5, 0x342}},
    {0x1FE7, {0x1FE7}, {0x3A5, 0x308, 0x342}, {0x3A5, 0x308, 0x342}},
    {0x1FF2, {0x1FF2}, {0x1FFA, 0x399}, {0x1FFA, 0x345}},
    {0x1FF3, {0x1FF3}, {0x3A9, 0x399}, {0x1FFC}},
    {0x1FF4, {0x1FF4}, {0x38F, 0x399}, {0x38F, 0x345}},
    {0x1FF6, {0x1FF6}, {0x3A9, 0x342}, {0x3A9, 0x342}},
    {0x1FF7, {0x1FF7}, {0x3A9, 0x342, 0x399}, {0x3A9, 0x342, 0x345}},
    {0x1FFC, {0x1FF3}, {0x3A9, 0x399}, {0x1FFC}},
    {0xFB00, {0xFB00}, {0x46, 0x46}, {0x46, 0x66}},
    {0xFB01, {0xFB01}, {0x46, 0x49}, {0x46, 0x69}},
    {0xFB02, {0xFB02}, {0x46, 0x4C}, {0x46, 0x6C}},
    {0xFB03, {0xFB03}, {0x46, 0x46, 0x49}, {0x46, 0x66, 0x69}},
    {0xFB04, {0xFB04}, {0x46, 0x46, 0x4C}, {0x46, 0x66, 0x6C}},
    {0xFB05, {0xFB05}, {0x53, 0x54}, {0x53, 0x74}},
    {0xFB06, {0xFB06}, {0x53, 0x54}, {0x53, 0x74}},
    {0xFB13, {0xFB13}, {0x544, 0x546}, {0x544, 0x576}},
    {0xFB14, {0xFB14}, {0x544, 0x535}, {0x544, 0x565}},
    {0xFB15, {0xFB15}, {0x544, 0x53B}, {0x544, 0x56B}},
    {0xFB16, {0xFB16}, {0x54E, 0x546}, {0x54E, 0x576}},
    {0xFB17, {0xFB17}, {0x544, 0x53D}, {0x544, 0x56D}},
};

static const SpecialCase *
special_case(Py_UCS4 c)
{
    size_t lo = 0, hi = sizeof special_cases / sizeof special_cases[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < special_cases[mid].c)
            hi = mid;
        else if (c > special_cases[mid].c)
            lo = mid + 1;
        else
            return &special_cases[mid];
    }
    return NULL;
}

static int
copy_mapping(const Py_UCS4 m[3], Py_UCS4 out[3])
{
    int n = 0;
    while (n < 3 && m[n] != 0) {
        out[n] = m[n];
        n++;
    }
    return n;
}

// True if c has no case mappings in CPython 3.11: past the Unicode range, or first assigned
// after Unicode 14.0 (utf8proc knows it, CPython does not).
static int
uncased_code_point(Py_UCS4 c)
{
    return rt_str_char_category(c) == UTF8PROC_CATEGORY_CN;
}

// One case mapping of c: the special case's (field at `offset` of SpecialCase) when c has
// one, else utf8proc's simple mapping; the number of code points written.
static int
map_char_case(Py_UCS4 c, Py_UCS4 out[3], size_t offset, utf8proc_int32_t (*simple)(utf8proc_int32_t))
{
    const SpecialCase *sc = c >= 0xDF ? special_case(c) : NULL;
    if (sc != NULL)
        return copy_mapping((const Py_UCS4 *)((const char *)sc + offset), out);
    out[0] = uncased_code_point(c) ? c : (Py_UCS4)simple((utf8proc_int32_t)c);
    return 1;
}

int
rt_str_char_lower(Py_UCS4 c, Py_UCS4 out[3])
{
    return map_char_case(c, out, offsetof(SpecialCase, lower), utf8proc_tolower);
}

int
rt_str_char_upper(Py_UCS4 c, Py_UCS4 out[3])
{
    return map_char_case(c, out, offsetof(SpecialCase, upper), utf8proc_toupper);
}

int
rt_str_char_title(Py_UCS4 c, Py_UCS4 out[3])
{
    return map_char_case(c, out, offsetof(SpecialCase, title), utf8proc_totitle);
}

int
rt_str_char_fold(Py_UCS4 c, Py_UCS4 out[3])
{
    if (c < 0x80) {
        out[0] = c >= 'A' && c <= 'Z' ? c + 32 : c;
        return 1;
    }
    if (uncased_code_point(c)) {
        out[0] = c;
        return 1;
    }
    // utf8proc's CASEFOLD option alone maps c through CaseFolding.txt's full (C + F) foldings
    // and leaves every other character as it is.
    utf8proc_int32_t buf[3];
    int boundclass = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char((utf8proc_int32_t)c, buf, 3, UTF8PROC_CASEFOLD,
                                                 &boundclass);
    if (n < 1 || n > 3)
        return rt_str_char_lower(c, out);
    for (utf8proc_ssize_t i = 0; i < n; i++)
        out[i] = (Py_UCS4)buf[i];
    return (int)n;
}

// ---- case mapping of whole strings --------------------------------------------------------

// Σ lowers to ς at the end of a word: preceded by a cased letter and not followed by one
// (skipping case-ignorable characters both ways), as CPython's handle_capital_sigma.
static Py_UCS4
lower_sigma(PyObject *s, Py_ssize_t i)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(s), j;
    Py_UCS4 c = 0;
    for (j = i - 1; j >= 0; j--) {
        c = PyUnicode_READ_CHAR(s, j);
        if (!rt_str_char_iscaseignorable(c))
            break;
    }
    int final = j >= 0 && rt_str_char_iscased(c);
    if (final && i + 1 < n) {
        for (j = i + 1; j < n; j++) {
            c = PyUnicode_READ_CHAR(s, j);
            if (!rt_str_char_iscaseignorable(c))
                break;
        }
        final = j == n || !rt_str_char_iscased(c);
    }
    return final ? 0x3C2 : 0x3C3;
}

static int
lower_at(PyObject *s, Py_ssize_t i, Py_UCS4 c, Py_UCS4 out[3])
{
    if (c == 0x3A3) {
        out[0] = lower_sigma(s, i);
        return 1;
    }
    return rt_str_char_lower(c, out);
}

enum { CASE_LOWER, CASE_UPPER, CASE_TITLE, CASE_CAPITALIZE, CASE_SWAP, CASE_FOLD };

// The mapping of s[i] under `how`; *cased tracks the previous character for title().
static int
map_char(PyObject *s, Py_ssize_t i, int how, int *cased, Py_UCS4 out[3])
{
    Py_UCS4 c = PyUnicode_READ_CHAR(s, i);
    switch (how) {
    case CASE_LOWER: return lower_at(s, i, c, out);
    case CASE_UPPER: return rt_str_char_upper(c, out);
    case CASE_FOLD: return rt_str_char_fold(c, out);
    case CASE_CAPITALIZE: return i == 0 ? rt_str_char_title(c, out) : lower_at(s, i, c, out);
    case CASE_TITLE: {
        int n = *cased ? lower_at(s, i, c, out) : rt_str_char_title(c, out);
        *cased = rt_str_char_iscased(c);
        return n;
    }
    default:
        if (rt_str_char_isupper(c))
            return lower_at(s, i, c, out);
        if (rt_str_char_islower(c))
            return rt_str_char_upper(c, out);
        out[0] = c;
        return 1;
    }
}

// map_char over the n characters of ASCII src, where every mapping is one ASCII character.
static void
map_ascii(const Py_UCS1 *src, Py_UCS1 *dst, Py_ssize_t n, int how)
{
    // lower() and upper() get loops of their own: they are by far the most used
    if (how == CASE_LOWER || how == CASE_FOLD) {
        for (Py_ssize_t i = 0; i < n; i++)
            dst[i] = (Py_UCS1)(src[i] + ((unsigned)(src[i] - 'A') < 26u ? 32 : 0));
        return;
    }
    if (how == CASE_UPPER) {
        for (Py_ssize_t i = 0; i < n; i++)
            dst[i] = (Py_UCS1)(src[i] - ((unsigned)(src[i] - 'a') < 26u ? 32 : 0));
        return;
    }
    int cased = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS1 c = src[i];
        int upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z';
        int to_upper = (how == CASE_SWAP && lower) || (how == CASE_CAPITALIZE && i == 0) ||
                       (how == CASE_TITLE && !cased);
        cased = upper || lower;
        dst[i] = to_upper && lower ? (Py_UCS1)(c - 32) : !to_upper && upper ? (Py_UCS1)(c + 32) : c;
    }
}

static PyObject *
map_case(PyObject *s, int how)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    if (((PyUnicodeObject *)s)->ascii) {
        PyObject *r = PyUnicode_New(n, 0x7F);
        if (r == NULL)
            return NULL;
        map_ascii(PyUnicode_DATA(s), PyUnicode_DATA(r), n, how);
        return r;
    }
    // Mappings grow a string at most threefold.
    if (n > PY_SSIZE_T_MAX / (3 * (Py_ssize_t)sizeof(Py_UCS4)) - 1)
        return PyErr_NoMemory();
    Py_UCS4 *buf = PyMem_Malloc((size_t)(3 * n + 1) * sizeof(Py_UCS4));
    if (buf == NULL)
        return PyErr_NoMemory();
    Py_ssize_t k = 0;
    int cased = 0;
    for (Py_ssize_t i = 0; i < n; i++)
        k += map_char(s, i, how, &cased, buf + k);
    PyObject *r = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buf, k);
    PyMem_Free(buf);
    return r;
}

PyObject *
rt_str_lower(PyObject *s)
{
    return map_case(s, CASE_LOWER);
}

PyObject *
rt_str_upper(PyObject *s)
{
    return map_case(s, CASE_UPPER);
}

PyObject *
rt_str_title(PyObject *s)
{
    return map_case(s, CASE_TITLE);
}

PyObject *
rt_str_capitalize(PyObject *s)
{
    return map_case(s, CASE_CAPITALIZE);
}

PyObject *
rt_str_swapcase(PyObject *s)
{
    return map_case(s, CASE_SWAP);
}


PyObject *
rt_str_casefold(PyObject *s)
{
    return map_case(s, CASE_FOLD);
}
