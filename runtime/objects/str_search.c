// str_search.c: substring search in str, forward, backward and counting, for `in`, find,
// index, count, split, partition, replace, startswith and endswith. The needle's first code
// point is found with memchr or a tight loop over the haystack's code units, the rest
// compared with memcmp when both strings have one width. A needle wider than the haystack
// cannot occur in it: every str is stored at its narrowest width.
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/objects/str_internal.h"

// The first (or, backward, the last) index in [from, to) where data holds code unit c, or -1.
static Py_ssize_t
find_unit(int kind, const void *data, Py_ssize_t from, Py_ssize_t to, Py_UCS4 c, int backward)
{
    if (kind == PyUnicode_1BYTE_KIND && !backward) {
        const char *p = data, *hit = memchr(p + from, (int)c, (size_t)(to - from));
        return hit == NULL ? -1 : hit - p;
    }
    Py_ssize_t step = backward ? -1 : 1;
    Py_ssize_t i = backward ? to - 1 : from, stop = backward ? from - 1 : to;
    switch (kind) {
    case PyUnicode_1BYTE_KIND:
        for (const Py_UCS1 *p = data; i != stop; i += step)
            if (p[i] == c)
                return i;
        return -1;
    case PyUnicode_2BYTE_KIND:
        for (const Py_UCS2 *p = data; i != stop; i += step)
            if (p[i] == c)
                return i;
        return -1;
    default:
        for (const Py_UCS4 *p = data; i != stop; i += step)
            if (p[i] == c)
                return i;
        return -1;
    }
}

int
rt_str_match_at(PyObject *s, Py_ssize_t i, PyObject *sub)
{
    int kind = PyUnicode_KIND(s), subkind = PyUnicode_KIND(sub);
    Py_ssize_t m = PyUnicode_GET_LENGTH(sub);
    const char *data = PyUnicode_DATA(s);
    if (kind == subkind)
        return memcmp(data + i * kind, PyUnicode_DATA(sub), (size_t)m * (size_t)kind) == 0;
    for (Py_ssize_t j = 0; j < m; j++) {
        if (PyUnicode_READ(kind, data, i + j) != PyUnicode_READ_CHAR(sub, j))
            return 0;
    }
    return 1;
}

// Index of sub (not empty, not wider than s) in s[start:end], first or (backward) last, or -1.
static Py_ssize_t
search(PyObject *s, PyObject *sub, Py_ssize_t start, Py_ssize_t end, int backward)
{
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    Py_UCS4 first = PyUnicode_READ_CHAR(sub, 0);
    // the needle can start in [lo, hi)
    Py_ssize_t lo = start, hi = end - PyUnicode_GET_LENGTH(sub) + 1;
    while (lo < hi) {
        Py_ssize_t i = find_unit(kind, data, lo, hi, first, backward);
        if (i < 0)
            return -1;
        if (rt_str_match_at(s, i, sub))
            return i;
        if (backward)
            hi = i;
        else
            lo = i + 1;
    }
    return -1;
}

// Clip [*start, *end) to s as the find methods do (start >= 0 already): 1 if sub may fit.
static int
clip(PyObject *s, PyObject *sub, Py_ssize_t *start, Py_ssize_t *end)
{
    if (*end > PyUnicode_GET_LENGTH(s))
        *end = PyUnicode_GET_LENGTH(s);
    return *start >= 0 && *start <= *end && PyUnicode_GET_LENGTH(sub) <= *end - *start;
}

static Py_ssize_t
find(PyObject *s, PyObject *sub, Py_ssize_t start, Py_ssize_t end, int backward)
{
    if (!clip(s, sub, &start, &end))
        return -1;
    if (PyUnicode_GET_LENGTH(sub) == 0)
        return backward ? end : start;
    if (PyUnicode_KIND(sub) > PyUnicode_KIND(s))
        return -1; // sub holds a code point wider than any in s
    return search(s, sub, start, end, backward);
}

Py_ssize_t
rt_str_find(PyObject *s, PyObject *sub, Py_ssize_t start, Py_ssize_t end)
{
    return find(s, sub, start, end, 0);
}

Py_ssize_t
rt_str_rfind(PyObject *s, PyObject *sub, Py_ssize_t start, Py_ssize_t end)
{
    return find(s, sub, start, end, 1);
}

Py_ssize_t
rt_str_count(PyObject *s, PyObject *sub, Py_ssize_t start, Py_ssize_t end, Py_ssize_t maxcount)
{
    if (!clip(s, sub, &start, &end))
        return 0;
    Py_ssize_t m = PyUnicode_GET_LENGTH(sub);
    if (m == 0) // the empty string occurs before each character and at the end
        return end - start < maxcount ? end - start + 1 : maxcount;
    if (PyUnicode_KIND(sub) > PyUnicode_KIND(s))
        return 0;
    Py_ssize_t n = 0;
    for (Py_ssize_t i = start; n < maxcount && (i = search(s, sub, i, end, 0)) >= 0; i += m)
        n++;
    return n;
}
