// str_formatter.c: str.format and str.format_map (CPython's unicode_format.h): the
// replacement-field syntax ({0.attr[key]!r:spec}), auto-numbering, nested specs, and CPython's
// messages. Formatting one value by its spec is PyObject_Format's (format.c).
#include "runtime/runtime.h"
#include "runtime/objects/format.h"
#include "runtime/objects/str_internal.h"
#include "runtime/objects/str_methods.h"

// A slice [start, end) of a str.
typedef struct {
    PyObject *str;
    Py_ssize_t start, end;
} Sub;

// Auto-numbering: '{}' fields count up; mixing them with '{0}' fields is an error.
typedef struct {
    enum { NUM_INIT, NUM_AUTO, NUM_MANUAL } state;
    Py_ssize_t next;
} AutoNumber;

static inline Py_UCS4
at(const Sub *s, Py_ssize_t i)
{
    return PyUnicode_READ_CHAR(s->str, i);
}

static PyObject *
sub_str(const Sub *s)
{
    return PyUnicode_Substring(s->str, s->start, s->end);
}

static int
raise_value(const char *msg)
{
    PyErr_SetString(PyExc_ValueError, msg);
    return -1;
}

// The non-negative decimal integer s holds, -1 if it is not one (or -2 with an error set).
static Py_ssize_t
get_integer(const Sub *s)
{
    if (s->start >= s->end)
        return -1;
    Py_ssize_t v = 0;
    for (Py_ssize_t i = s->start; i < s->end; i++) {
        Py_UCS4 c = at(s, i);
        if (c < '0' || c > '9')
            return -1;
        if (v > (PY_SSIZE_T_MAX - (c - '0')) / 10) {
            raise_value("Too many decimal digits in format string");
            return -2;
        }
        v = v * 10 + (c - '0');
    }
    return v;
}

// ---- the field name: first part, then .attr and [key] parts ------------------------------------

static PyObject *
get_first_object(const Sub *first, PyObject *args, PyObject *kwargs, AutoNumber *an)
{
    Py_ssize_t index = get_integer(first);
    if (index == -2)
        return NULL;
    int empty = first->start >= first->end;
    if (empty || index >= 0) {
        // Switching between '{}' and '{0}' is not allowed.
        if (an->state == NUM_INIT)
            an->state = empty ? NUM_AUTO : NUM_MANUAL;
        else if (an->state == NUM_MANUAL && empty) {
            raise_value("cannot switch from manual field specification to automatic field "
                        "numbering");
            return NULL;
        }
        else if (an->state == NUM_AUTO && !empty) {
            raise_value("cannot switch from automatic field numbering to manual field "
                        "specification");
            return NULL;
        }
        if (empty)
            index = an->next++;
    }
    if (index < 0) {
        PyObject *key = sub_str(first), *obj = NULL;
        if (key == NULL)
            return NULL;
        if (kwargs == NULL)
            PyErr_SetObject(PyExc_KeyError, key);
        else if (PyDict_CheckExact(kwargs)) {
            obj = Py_XNewRef(PyDict_GetItemWithError(kwargs, key));
            if (obj == NULL && !PyErr_Occurred())
                rt_dict_set_key_error(key);
        }
        else
            obj = PyObject_GetItem(kwargs, key);
        Py_DECREF(key);
        return obj;
    }
    if (args == NULL) {
        raise_value("Format string contains positional fields");
        return NULL;
    }
    if (index >= PyTuple_GET_SIZE(args)) {
        PyErr_Format(PyExc_IndexError,
                     "Replacement index %zd out of range for positional args tuple", index);
        return NULL;
    }
    return Py_NewRef(PyTuple_GET_ITEM(args, index));
}

// Apply one '.name' or '[key]' part starting at *pos (which it advances). NULL on error.
static PyObject *
apply_part(PyObject *obj, const Sub *name, Py_ssize_t *pos)
{
    Py_UCS4 c = at(name, (*pos)++);
    Sub part = {name->str, *pos, *pos};
    if (c == '.') {
        while (part.end < name->end && at(name, part.end) != '.' && at(name, part.end) != '[')
            part.end++;
        *pos = part.end;
    }
    else if (c == '[') {
        while (part.end < name->end && at(name, part.end) != ']')
            part.end++;
        if (part.end >= name->end) {
            raise_value("Missing ']' in format string");
            return NULL;
        }
        *pos = part.end + 1;
        if (*pos < name->end && at(name, *pos) != '.' && at(name, *pos) != '[') {
            raise_value("Only '.' or '[' may follow ']' in format field specifier");
            return NULL;
        }
    }
    else {
        raise_value("Only '.' or '[' may follow ']' in format field specifier");
        return NULL;
    }
    if (part.start == part.end) {
        raise_value("Empty attribute in format string");
        return NULL;
    }
    Py_ssize_t index = c == '[' ? get_integer(&part) : -1;
    if (index == -2)
        return NULL;
    // A decimal key is an int key ({0[1]} on a list or a dict), anything else a str key.
    PyObject *key = index >= 0 ? PyLong_FromSsize_t(index) : sub_str(&part);
    if (key == NULL)
        return NULL;
    PyObject *r = c == '.' ? PyObject_GetAttr(obj, key) : PyObject_GetItem(obj, key);
    Py_DECREF(key);
    return r;
}

static PyObject *
get_field_object(const Sub *name, PyObject *args, PyObject *kwargs, AutoNumber *an)
{
    Sub first = {name->str, name->start, name->start};
    while (first.end < name->end && at(name, first.end) != '.' && at(name, first.end) != '[')
        first.end++;
    PyObject *obj = get_first_object(&first, args, kwargs, an);
    Py_ssize_t pos = first.end;
    while (obj != NULL && pos < name->end)
        Py_SETREF(obj, apply_part(obj, name, &pos));
    return obj;
}

// ---- formatting one value ---------------------------------------------------------------------

static PyObject *
convert(PyObject *obj, Py_UCS4 conversion)
{
    switch (conversion) {
    case 'r': return PyObject_Repr(obj);
    case 's': return PyObject_Str(obj);
    case 'a': return PyObject_ASCII(obj);
    default:
        if (conversion > 32 && conversion < 127)
            PyErr_Format(PyExc_ValueError, "Unknown conversion specifier %c", (int)conversion);
        else
            PyErr_Format(PyExc_ValueError, "Unknown conversion specifier \\x%x",
                         (unsigned)conversion);
        return NULL;
    }
}

// ---- the template ------------------------------------------------------------------------------

typedef struct {
    Sub name, spec;
    Py_UCS4 conversion;
    int spec_needs_expanding;
} Field;

// Parse the field after its '{' (CPython's parse_field), advancing *pos past its '}'.
static int
parse_field(const Sub *s, Py_ssize_t *pos, Field *f)
{
    Py_UCS4 c = 0;
    f->conversion = 0;
    f->spec_needs_expanding = 0;
    f->name = (Sub){s->str, *pos, *pos};
    f->spec = (Sub){s->str, 0, 0};
    while (*pos < s->end) {
        c = at(s, (*pos)++);
        if (c == '{')
            return raise_value("unexpected '{' in field name");
        if (c == '[') {
            while (*pos < s->end && at(s, *pos) != ']')
                (*pos)++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!')
            break;
    }
    f->name.end = *pos - 1;
    if (c != '!' && c != ':') {
        if (c != '}')
            return raise_value("expected '}' before end of string");
        return 0;
    }
    if (c == '!') {
        if (*pos >= s->end)
            return raise_value("end of string while looking for conversion specifier");
        f->conversion = at(s, (*pos)++);
        if (*pos < s->end) {
            c = at(s, (*pos)++);
            if (c == '}')
                return 0;
            if (c != ':')
                return raise_value("expected ':' after conversion specifier");
        }
    }
    f->spec = (Sub){s->str, *pos, *pos};
    for (int depth = 1; *pos < s->end;) {
        c = at(s, (*pos)++);
        if (c == '{') {
            f->spec_needs_expanding = 1;
            depth++;
        }
        else if (c == '}' && --depth == 0) {
            f->spec.end = *pos - 1;
            return 0;
        }
    }
    return raise_value("unmatched '{' in format spec");
}

static PyObject *build_string(const Sub *s, PyObject *args, PyObject *kwargs, int depth,
                              AutoNumber *an);

static int
output_field(RtStrWriter *w, const Field *f, PyObject *args, PyObject *kwargs, int depth,
             AutoNumber *an)
{
    PyObject *obj = get_field_object(&f->name, args, kwargs, an);
    if (obj == NULL)
        return -1;
    if (f->conversion != 0)
        Py_SETREF(obj, convert(obj, f->conversion));
    PyObject *spec = obj == NULL ? NULL
                     : f->spec_needs_expanding ? build_string(&f->spec, args, kwargs, depth - 1, an)
                                               : sub_str(&f->spec);
    PyObject *text = spec != NULL ? PyObject_Format(obj, spec) : NULL;
    int r = text != NULL ? rt_str_writer_put_str(w, text, 0, PyUnicode_GET_LENGTH(text)) : -1;
    Py_XDECREF(text);
    Py_XDECREF(spec);
    Py_XDECREF(obj);
    return r;
}

// Literal text up to the next field (with '{{' and '}}' unescaped), then the field.
static PyObject *
build_string(const Sub *s, PyObject *args, PyObject *kwargs, int depth, AutoNumber *an)
{
    if (depth <= 0) {
        raise_value("Max string recursion exceeded");
        return NULL;
    }
    RtStrWriter w;
    rt_str_writer_init(&w);
    Py_ssize_t pos = s->start;
    int ok = 1;
    while (ok && pos < s->end) {
        Py_UCS4 c = at(s, pos++);
        if (c != '{' && c != '}') {
            ok = rt_str_writer_put(&w, c) == 0;
            continue;
        }
        if (pos < s->end && at(s, pos) == c) {
            pos++;
            ok = rt_str_writer_put(&w, c) == 0;
            continue;
        }
        if (c == '}' || pos >= s->end) {
            raise_value(c == '}' ? "Single '}' encountered in format string"
                                 : "Single '{' encountered in format string");
            ok = 0;
            break;
        }
        Field f;
        ok = parse_field(s, &pos, &f) == 0 && output_field(&w, &f, args, kwargs, depth, an) == 0;
    }
    if (!ok) {
        rt_str_writer_discard(&w);
        return NULL;
    }
    return rt_str_writer_finish(&w);
}

PyObject *
rt_str_format_method(PyObject *self, PyObject *args, PyObject *kwargs)
{
    Sub s = {self, 0, PyUnicode_GET_LENGTH(self)};
    AutoNumber an = {NUM_INIT, 0};
    return build_string(&s, args, kwargs, 2, &an);
}

PyObject *
rt_str_format_map_method(PyObject *self, PyObject *mapping)
{
    Sub s = {self, 0, PyUnicode_GET_LENGTH(self)};
    AutoNumber an = {NUM_INIT, 0};
    return build_string(&s, NULL, mapping, 2, &an);
}
