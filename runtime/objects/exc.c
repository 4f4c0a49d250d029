// exc.c: the built-in exception types. The hierarchy is listed once, in exc.def; this file
// holds the instance layouts' slots (BaseException's, and the extra fields of SyntaxError,
// OSError, ImportError, ...) and expands exc.def into the type objects.
// The Python-visible attributes (e.args, e.errno ...) are in exc_attrs.c.
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/objects/method_tables.h"

typedef PyBaseExceptionObject Base_object;
typedef PyBaseExceptionGroupObject Group_object;
typedef PySystemExitObject SystemExit_object;
typedef PyAttributeErrorObject Attribute_object;
typedef PyImportErrorObject Import_object;
typedef PyNameErrorObject Name_object;
typedef PyOSErrorObject OSError_object;
typedef PyStopIterationObject StopIteration_object;
typedef PySyntaxErrorObject SyntaxError_object;
typedef PyUnicodeErrorObject Unicode_object;

#define EXC(name, base, layout, doc) static PyTypeObject exc_##name;
#include "runtime/objects/exc.def"
#undef EXC
#define exc_object PyBaseObject_Type // BaseException's base, as exc.def names it

static PyObject *memory_error_instance;

// ---- BaseException ------------------------------------------------------------------------

static PyObject *
BaseException_new(PyTypeObject *t, PyObject *args, PyObject *kwds)
{
    Base_object *self = (Base_object *)t->tp_alloc(t, 0);
    if (self == NULL)
        return NULL;
    self->args = args != NULL ? Py_NewRef(args) : PyTuple_New(0);
    if (self->args == NULL) {
        Py_DECREF(self);
        return NULL;
    }
    PyObject_GC_Track(self);
    return (PyObject *)self;
}

static int
BaseException_init(PyObject *o, PyObject *args, PyObject *kwds)
{
    if (!rt_arg_no_keywords(Py_TYPE(o)->tp_name, kwds))
        return -1;
    Py_XSETREF(((Base_object *)o)->args, Py_NewRef(args));
    return 0;
}

static int
BaseException_traverse(PyObject *o, visitproc visit, void *arg)
{
    Base_object *self = (Base_object *)o;
    Py_VISIT(self->dict);
    Py_VISIT(self->args);
    Py_VISIT(self->notes);
    Py_VISIT(self->traceback);
    Py_VISIT(self->context);
    Py_VISIT(self->cause);
    return 0;
}

static int
BaseException_clear(PyObject *o)
{
    Base_object *self = (Base_object *)o;
    Py_CLEAR(self->dict);
    Py_CLEAR(self->args);
    Py_CLEAR(self->notes);
    Py_CLEAR(self->traceback);
    Py_CLEAR(self->context);
    Py_CLEAR(self->cause);
    return 0;
}

// Every layout deallocates the same way; tp_clear knows the fields.
static void
exc_dealloc(PyObject *o)
{
    PyTypeObject *t = Py_TYPE(o);
    PyObject_GC_UnTrack(o);
    RtTrashcan tc = rt_trashcan_begin(o, exc_dealloc);
    if (tc == RT_TRASHCAN_DEFERRED)
        return;
    t->tp_clear(o);
    t->tp_free(o);
    rt_trashcan_end(tc);
}

static PyObject *
BaseException_str(PyObject *o)
{
    PyObject *args = ((Base_object *)o)->args;
    switch (PyTuple_GET_SIZE(args)) {
    case 0:
        return PyUnicode_FromString("");
    case 1:
        return PyObject_Str(PyTuple_GET_ITEM(args, 0));
    default:
        return PyObject_Str(args);
    }
}

static PyObject *
BaseException_repr(PyObject *o)
{
    PyObject *args = ((Base_object *)o)->args;
    const char *name = rt_type_name(Py_TYPE(o));
    if (PyTuple_GET_SIZE(args) == 1)
        return PyUnicode_FromFormat("%s(%R)", name, PyTuple_GET_ITEM(args, 0));
    return PyUnicode_FromFormat("%s%R", name, args);
}

// The single argument of a one-argument exception, or None.
static PyObject *
first_arg_or_none(PyObject *args)
{
    return Py_NewRef(PyTuple_GET_SIZE(args) > 0 ? PyTuple_GET_ITEM(args, 0) : Py_None);
}

// Store the keyword arguments named in `names` (NULL-terminated) into `slots`; any other
// keyword is a TypeError naming the exception type, as CPython's argument parser words it.
static int
take_keywords(PyObject *self, PyObject *kwds, const char *const *names, PyObject **slots[])
{
    if (kwds == NULL)
        return 0;
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (PyDict_Next(kwds, &pos, &key, &value)) {
        int found = 0;
        for (int i = 0; names[i] != NULL && !found; i++) {
            if (rt_str_equal_ascii(key, names[i])) {
                Py_XSETREF(*slots[i], Py_NewRef(value));
                found = 1;
            }
        }
        if (!found) {
            PyErr_Format(PyExc_TypeError, "'%U' is an invalid keyword argument for %s()",
                         key, rt_type_name(Py_TYPE(self)));
            return -1;
        }
    }
    return 0;
}

// ---- SystemExit, StopIteration --------------------------------------------------------------

static int
SystemExit_init(PyObject *o, PyObject *args, PyObject *kwds)
{
    if (BaseException_init(o, args, kwds) < 0)
        return -1;
    PyObject *code;
    if (PyTuple_GET_SIZE(args) <= 1)
        code = first_arg_or_none(args);
    else
        code = Py_NewRef(args);
    Py_XSETREF(((SystemExit_object *)o)->code, code);
    return 0;
}

static int
SystemExit_traverse(PyObject *o, visitproc visit, void *arg)
{
    Py_VISIT(((SystemExit_object *)o)->code);
    return BaseException_traverse(o, visit, arg);
}

static int
SystemExit_clear(PyObject *o)
{
    Py_CLEAR(((SystemExit_object *)o)->code);
    return BaseException_clear(o);
}

static int
StopIteration_init(PyObject *o, PyObject *args, PyObject *kwds)
{
    if (BaseException_init(o, args, kwds) < 0)
        return -1;
    Py_XSETREF(((StopIteration_object *)o)->value, first_arg_or_none(args));
    return 0;
}

static int
StopIteration_traverse(PyObject *o, visitproc visit, void *arg)
{
    Py_VISIT(((StopIteration_object *)o)->value);
    return BaseException_traverse(o, visit, arg);
}

static int
StopIteration_clear(PyObject *o)
{
    Py_CLEAR(((StopIteration_object *)o)->value);
    return BaseException_clear(o);
}

// ---- NameError, AttributeError, ImportError: keyword-only extra fields ----------------------

static int
Name_init(PyObject *o, PyObject *args, PyObject *kwds)
{
    Name_object *self = (Name_object *)o;
    static const char *const names[] = {"name", NULL};
    PyObject **slots[] = {&self->name};
    if (take_keywords(o, kwds, names, slots) < 0)
        return -1;
    return BaseException_init(o, args, NULL);
}

static int
Name_traverse(PyObject *o, visitproc visit, void *arg)
{
    Py_VISIT(((Name_object *)o)->name);
    return BaseException_traverse(o, visit, arg);
}

static int
Name_clear(PyObject *o)
{
    Py_CLEAR(((Name_object *)o)->name);
    return BaseException_clear(o);
}

static int
Attribute_init(PyObject *o, PyObject *args, PyObject *kwds)
{
    Attribute_object *self = (Attribute_object *)o;
    static const char *const names[] = {"name", "obj", NULL};
    PyObject **slots[] = {&self->name, &self->obj};
    if (take_keywords(o, kwds, names, slots) < 0)
        return -1;
    return BaseException_init(o, args, NULL);
}

static int
Attribute_traverse(PyObject *o, visitproc visit, void *arg)
{
    Py_VISIT(((Attribute_object *)o)->name);
    Py_VISIT(((Attribute_object *)o)->obj);
    return BaseException_traverse(o, visit, arg);
}

static int
Attribute_clear(PyObject *o)
{
    Py_CLEAR(((Attribute_object *)o)->name);
    Py_CLEAR(((Attribute_object *)o)->obj);
    return BaseException_clear(o);
}

static int
Import_init(PyObject *o, PyObject *args, PyObject *kwds)
{
    Import_object *self = (Import_object *)o;
    static const char *const names[] = {"name", "path", NULL};
    PyObject **slots[] = {&self->name, &self->path};
    if (take_keywords(o, kwds, names, slots) < 0)
        return -1;
    if (BaseException_init(o, args, NULL) < 0)
        return -1;
    if (PyTuple_GET_SIZE(args) == 1)
        Py_XSETREF(self->msg, Py_NewRef(PyTuple_GET_ITEM(args, 0)));
    return 0;
}

static int
Import_traverse(PyObject *o, visitproc visit, void *arg)
{
    Import_object *self = (Import_object *)o;
    Py_VISIT(self->msg);
    Py_VISIT(self->name);
    Py_VISIT(self->path);
    return BaseException_traverse(o, visit, arg);
}

static int
Import_clear(PyObject *o)
{
    Import_object *self = (Import_object *)o;
    Py_CLEAR(self->msg);
    Py_CLEAR(self->name);
    Py_CLEAR(self->path);
    return BaseException_clear(o);
}

static PyObject *
Import_str(PyObject *o)
{
    Import_object *self = (Import_object *)o;
    if (self->msg != NULL && PyUnicode_CheckExact(self->msg))
        return Py_NewRef(self->msg);
    return BaseException_str(o);
}

static PyObject *
KeyError_str(PyObject *o)
{
    // str(KeyError('k')) is "'k'": the key's repr, so that an empty-string key is visible.
    PyObject *args = ((Base_object *)o)->args;
    if (PyTuple_GET_SIZE(args) == 1)
        return PyObject_Repr(PyTuple_GET_ITEM(args, 0));
    return BaseException_str(o);
}

// ---- OSError: (errno, strerror[, filename[, winerror[, filename2]]]) ----------------------

// The OSError subclass CPython picks for an errno value, or NULL for plain OSError.
static PyObject *
oserror_subclass(long err)
{
    switch (err) {
    case EAGAIN: case EALREADY: case EINPROGRESS: return PyExc_BlockingIOError;
    case ECHILD: return PyExc_ChildProcessError;
    case EPIPE: case ESHUTDOWN: return PyExc_BrokenPipeError;
    case ECONNABORTED: return PyExc_ConnectionAbortedError;
    case ECONNREFUSED: return PyExc_ConnectionRefusedError;
    case ECONNRESET: return PyExc_ConnectionResetError;
    case EEXIST: return PyExc_FileExistsError;
    case ENOENT: return PyExc_FileNotFoundError;
    case EINTR: return PyExc_InterruptedError;
    case EISDIR: return PyExc_IsADirectoryError;
    case ENOTDIR: return PyExc_NotADirectoryError;
    case EACCES: case EPERM: return PyExc_PermissionError;
    case ESRCH: return PyExc_ProcessLookupError;
    case ETIMEDOUT: return PyExc_TimeoutError;
    default: return NULL;
    }
}

static PyObject *
OSError_new(PyTypeObject *t, PyObject *args, PyObject *kwds)
{
    Py_ssize_t n = PyTuple_GET_SIZE(args);
    // OSError(ENOENT, ...) is really a FileNotFoundError, as in CPython.
    if (t == &exc_OSError && n >= 2 && PyLong_Check(PyTuple_GET_ITEM(args, 0))) {
        int overflow;
        long err = PyLong_AsLongAndOverflow(PyTuple_GET_ITEM(args, 0), &overflow);
        PyObject *sub = overflow ? NULL : oserror_subclass(err);
        if (sub != NULL)
            t = (PyTypeObject *)sub;
    }
    OSError_object *self = (OSError_object *)BaseException_new(t, args, kwds);
    if (self == NULL)
        return NULL;
    self->written = -1;
    if (n >= 2 && n <= 5) {
        self->myerrno = Py_NewRef(PyTuple_GET_ITEM(args, 0));
        self->strerror = Py_NewRef(PyTuple_GET_ITEM(args, 1));
        if (n >= 3 && PyTuple_GET_ITEM(args, 2) != Py_None) {
            self->filename = Py_NewRef(PyTuple_GET_ITEM(args, 2));
            if (n == 5 && PyTuple_GET_ITEM(args, 4) != Py_None)
                self->filename2 = Py_NewRef(PyTuple_GET_ITEM(args, 4));
            // With a filename, args keeps only (errno, strerror), as CPython.
            Py_SETREF(self->args, PyTuple_GetSlice(args, 0, 2));
            if (self->args == NULL) {
                Py_DECREF(self);
                return NULL;
            }
        }
    }
    return (PyObject *)self;
}

static int
OSError_init(PyObject *o, PyObject *args, PyObject *kwds)
{
    // OSError_new did the work; only reject keywords.
    return rt_arg_no_keywords(Py_TYPE(o)->tp_name, kwds) ? 0 : -1;
}

static int
OSError_traverse(PyObject *o, visitproc visit, void *arg)
{
    OSError_object *self = (OSError_object *)o;
    Py_VISIT(self->myerrno);
    Py_VISIT(self->strerror);
    Py_VISIT(self->filename);
    Py_VISIT(self->filename2);
    return BaseException_traverse(o, visit, arg);
}

static int
OSError_clear(PyObject *o)
{
    OSError_object *self = (OSError_object *)o;
    Py_CLEAR(self->myerrno);
    Py_CLEAR(self->strerror);
    Py_CLEAR(self->filename);
    Py_CLEAR(self->filename2);
    return BaseException_clear(o);
}

static PyObject *
OSError_str(PyObject *o)
{
    OSError_object *self = (OSError_object *)o;
    if (self->filename != NULL && self->filename2 != NULL)
        return PyUnicode_FromFormat("[Errno %S] %S: %R -> %R", self->myerrno, self->strerror,
                                    self->filename, self->filename2);
    if (self->filename != NULL)
        return PyUnicode_FromFormat("[Errno %S] %S: %R", self->myerrno, self->strerror,
                                    self->filename);
    if (self->myerrno != NULL && self->strerror != NULL)
        return PyUnicode_FromFormat("[Errno %S] %S", self->myerrno, self->strerror);
    return BaseException_str(o);
}

// ---- SyntaxError: (msg, (filename, lineno, offset, text[, end_lineno, end_offset])) --------

static int
SyntaxError_init(PyObject *o, PyObject *args, PyObject *kwds)
{
    SyntaxError_object *self = (SyntaxError_object *)o;
    if (BaseException_init(o, args, kwds) < 0)
        return -1;
    Py_ssize_t n = PyTuple_GET_SIZE(args);
    if (n >= 1)
        Py_XSETREF(self->msg, Py_NewRef(PyTuple_GET_ITEM(args, 0)));
    if (n == 2) {
        PyObject *info = PySequence_Tuple(PyTuple_GET_ITEM(args, 1));
        if (info == NULL)
            return -1;
        Py_ssize_t k = PyTuple_GET_SIZE(info);
        if (k != 4 && k != 6) {
            PyErr_Format(PyExc_IndexError, "tuple index out of range");
            Py_DECREF(info);
            return -1;
        }
        PyObject **fields[] = {&self->filename,   &self->lineno,     &self->offset,
                               &self->text,       &self->end_lineno, &self->end_offset};
        for (Py_ssize_t i = 0; i < k; i++)
            Py_XSETREF(*fields[i], Py_NewRef(PyTuple_GET_ITEM(info, i)));
        Py_DECREF(info);
    }
    return 0;
}

static int
SyntaxError_traverse(PyObject *o, visitproc visit, void *arg)
{
    SyntaxError_object *self = (SyntaxError_object *)o;
    Py_VISIT(self->msg);
    Py_VISIT(self->filename);
    Py_VISIT(self->lineno);
    Py_VISIT(self->offset);
    Py_VISIT(self->text);
    Py_VISIT(self->end_lineno);
    Py_VISIT(self->end_offset);
    Py_VISIT(self->print_file_and_line);
    return BaseException_traverse(o, visit, arg);
}

static int
SyntaxError_clear(PyObject *o)
{
    SyntaxError_object *self = (SyntaxError_object *)o;
    Py_CLEAR(self->msg);
    Py_CLEAR(self->filename);
    Py_CLEAR(self->lineno);
    Py_CLEAR(self->offset);
    Py_CLEAR(self->text);
    Py_CLEAR(self->end_lineno);
    Py_CLEAR(self->end_offset);
    Py_CLEAR(self->print_file_and_line);
    return BaseException_clear(o);
}

// The last path component of a filename str, as SyntaxError's str shows it.
static PyObject *
path_basename(PyObject *filename)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(filename);
    Py_ssize_t start = n;
    while (start > 0 && PyUnicode_READ_CHAR(filename, start - 1) != '/')
        start--;
    return PyUnicode_Substring(filename, start, n);
}

static PyObject *
SyntaxError_str(PyObject *o)
{
    SyntaxError_object *self = (SyntaxError_object *)o;
    PyObject *msg = self->msg != NULL ? self->msg : Py_None;
    int have_file = self->filename != NULL && PyUnicode_Check(self->filename);
    int have_line = self->lineno != NULL && PyLong_CheckExact(self->lineno);
    if (!have_file && !have_line)
        return PyObject_Str(msg);
    long line = have_line ? PyLong_AsLong(self->lineno) : 0;
    if (!have_file)
        return PyUnicode_FromFormat("%S (line %ld)", msg, line);
    PyObject *base = path_basename(self->filename);
    if (base == NULL)
        return NULL;
    PyObject *r = have_line ? PyUnicode_FromFormat("%S (%U, line %ld)", msg, base, line)
                            : PyUnicode_FromFormat("%S (%U)", msg, base);
    Py_DECREF(base);
    return r;
}

// ---- UnicodeError and its codec subclasses ---------------------------------------------------

static int
Unicode_traverse(PyObject *o, visitproc visit, void *arg)
{
    Unicode_object *self = (Unicode_object *)o;
    Py_VISIT(self->encoding);
    Py_VISIT(self->object);
    Py_VISIT(self->reason);
    return BaseException_traverse(o, visit, arg);
}

static int
Unicode_clear(PyObject *o)
{
    Unicode_object *self = (Unicode_object *)o;
    Py_CLEAR(self->encoding);
    Py_CLEAR(self->object);
    Py_CLEAR(self->reason);
    return BaseException_clear(o);
}

#define Unicode_init BaseException_init
#define Unicode_str BaseException_str

// Check one argument of a codec error constructor: "argument N must be T, not U".
static int
check_arg(PyObject *args, Py_ssize_t i, int ok, const char *tname, const char *func)
{
    if (ok)
        return 1;
    PyErr_Format(PyExc_TypeError, "%s() argument %zd must be %s, not %.200s", func, i + 1,
                 tname, rt_type_name(Py_TYPE(PyTuple_GET_ITEM(args, i))));
    return 0;
}

// Shared constructor of the codec errors: [encoding,] object, start, end, reason.
static int
codec_error_init(PyObject *o, PyObject *args, PyObject *kwds, int has_encoding, int bytes_object,
                 const char *func)
{
    Unicode_object *self = (Unicode_object *)o;
    if (BaseException_init(o, args, kwds) < 0)
        return -1;
    Py_ssize_t want = has_encoding ? 5 : 4;
    if (PyTuple_GET_SIZE(args) != want) {
        PyErr_Format(PyExc_TypeError, "function takes exactly %zd arguments (%zd given)", want,
                     PyTuple_GET_SIZE(args));
        return -1;
    }
    Py_ssize_t i = 0;
    if (has_encoding) {
        if (!check_arg(args, 0, PyUnicode_Check(PyTuple_GET_ITEM(args, 0)), "str", func))
            return -1;
        Py_XSETREF(self->encoding, Py_NewRef(PyTuple_GET_ITEM(args, 0)));
        i = 1;
    }
    PyObject *obj = PyTuple_GET_ITEM(args, i);
    if (!check_arg(args, i, bytes_object ? PyBytes_Check(obj) : PyUnicode_Check(obj),
                   bytes_object ? "bytes-like object" : "str", func))
        return -1;
    Py_XSETREF(self->object, Py_NewRef(obj));
    for (int k = 1; k <= 2; k++) {
        PyObject *v = PyTuple_GET_ITEM(args, i + k);
        if (!check_arg(args, i + k, PyLong_Check(v), "int", func))
            return -1;
        Py_ssize_t n = PyLong_AsSsize_t(v);
        if (n == -1 && PyErr_Occurred())
            return -1;
        if (k == 1)
            self->start = n;
        else
            self->end = n;
    }
    PyObject *reason = PyTuple_GET_ITEM(args, i + 3);
    if (!check_arg(args, i + 3, PyUnicode_Check(reason), "str", func))
        return -1;
    Py_XSETREF(self->reason, Py_NewRef(reason));
    return 0;
}

static int
UnicodeEncodeError_init(PyObject *o, PyObject *args, PyObject *kwds)
{
    return codec_error_init(o, args, kwds, 1, 0, "UnicodeEncodeError");
}

static int
UnicodeDecodeError_init(PyObject *o, PyObject *args, PyObject *kwds)
{
    return codec_error_init(o, args, kwds, 1, 1, "UnicodeDecodeError");
}

static int
UnicodeTranslateError_init(PyObject *o, PyObject *args, PyObject *kwds)
{
    return codec_error_init(o, args, kwds, 0, 0, "UnicodeTranslateError");
}

// The escape CPython shows for one code point in codec error messages: \xNN, \uNNNN, \UNNNNNNNN.
static void
escape_code_point(Py_UCS4 c, char buf[16])
{
    const char *fmt = c <= 0xff ? "\\x%02x" : c <= 0xffff ? "\\u%04x" : "\\U%08x";
    snprintf(buf, 16, fmt, (unsigned)c);
}

// str() of UnicodeEncodeError / UnicodeTranslateError (a str object and a range in it).
static PyObject *
char_range_error_str(PyObject *o, const char *prefix)
{
    Unicode_object *self = (Unicode_object *)o;
    if (self->object == NULL || self->reason == NULL)
        return PyUnicode_FromString("");
    if (self->end == self->start + 1 && self->start >= 0 &&
        self->start < PyUnicode_GET_LENGTH(self->object)) {
        char esc[16];
        escape_code_point(PyUnicode_READ_CHAR(self->object, self->start), esc);
        return PyUnicode_FromFormat("%s character '%s' in position %zd: %U", prefix, esc,
                                    self->start, self->reason);
    }
    return PyUnicode_FromFormat("%s characters in position %zd-%zd: %U", prefix, self->start,
                                self->end - 1, self->reason);
}

static PyObject *
UnicodeEncodeError_str(PyObject *o)
{
    Unicode_object *self = (Unicode_object *)o;
    if (self->encoding == NULL)
        return PyUnicode_FromString("");
    PyObject *prefix = PyUnicode_FromFormat("'%U' codec can't encode", self->encoding);
    if (prefix == NULL)
        return NULL;
    PyObject *r = char_range_error_str(o, PyUnicode_AsUTF8(prefix));
    Py_DECREF(prefix);
    return r;
}

static PyObject *
UnicodeTranslateError_str(PyObject *o)
{
    return char_range_error_str(o, "can't translate");
}

static PyObject *
UnicodeDecodeError_str(PyObject *o)
{
    Unicode_object *self = (Unicode_object *)o;
    if (self->encoding == NULL || self->object == NULL || self->reason == NULL)
        return PyUnicode_FromString("");
    if (self->end == self->start + 1 && self->start >= 0 &&
        self->start < PyBytes_GET_SIZE(self->object)) {
        unsigned byte = (unsigned char)PyBytes_AS_STRING(self->object)[self->start];
        return PyUnicode_FromFormat("'%U' codec can't decode byte 0x%02x in position %zd: %U",
                                    self->encoding, byte, self->start, self->reason);
    }
    return PyUnicode_FromFormat("'%U' codec can't decode bytes in position %zd-%zd: %U",
                                self->encoding, self->start, self->end - 1, self->reason);
}

PyObject *
PyUnicodeDecodeError_Create(const char *encoding, const char *object, Py_ssize_t length,
                            Py_ssize_t start, Py_ssize_t end, const char *reason)
{
    PyObject *enc = PyUnicode_FromString(encoding);
    PyObject *obj = PyBytes_FromStringAndSize(object, length);
    PyObject *s = PyLong_FromSsize_t(start);
    PyObject *e = PyLong_FromSsize_t(end);
    PyObject *why = PyUnicode_FromString(reason);
    PyObject *r = NULL;
    if (enc && obj && s && e && why) {
        PyObject *args = PyTuple_Pack(5, enc, obj, s, e, why);
        if (args != NULL) {
            r = PyObject_Call(PyExc_UnicodeDecodeError, args, NULL);
            Py_DECREF(args);
        }
    }
    Py_XDECREF(enc);
    Py_XDECREF(obj);
    Py_XDECREF(s);
    Py_XDECREF(e);
    Py_XDECREF(why);
    return r;
}

// ---- BaseExceptionGroup(msg, excs) ----------------------------------------------------------

static PyObject *
Group_new(PyTypeObject *t, PyObject *args, PyObject *kwds)
{
    const char *name = rt_type_name(t);
    if (!rt_arg_no_keywords(name, kwds))
        return NULL;
    if (PyTuple_GET_SIZE(args) != 2) {
        PyErr_Format(PyExc_TypeError, "%s.__new__() takes exactly 2 arguments (%zd given)",
                     name, PyTuple_GET_SIZE(args));
        return NULL;
    }
    PyObject *msg = PyTuple_GET_ITEM(args, 0);
    if (!PyUnicode_Check(msg)) {
        PyErr_Format(PyExc_TypeError, "argument 1 must be str, not %.200s",
                     rt_type_name(Py_TYPE(msg)));
        return NULL;
    }
    PyObject *excs = PySequence_Tuple(PyTuple_GET_ITEM(args, 1));
    if (excs == NULL || PyTuple_GET_SIZE(excs) == 0) {
        Py_XDECREF(excs);
        PyErr_Clear();
        PyErr_SetString(PyExc_ValueError,
                        "second argument (exceptions) must be a non-empty sequence");
        return NULL;
    }
    int all_exceptions = 1;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(excs); i++) {
        PyObject *e = PyTuple_GET_ITEM(excs, i);
        if (!PyExceptionInstance_Check(e)) {
            PyErr_Format(PyExc_ValueError,
                         "Item %zd of second argument (exceptions) is not an exception", i);
            Py_DECREF(excs);
            return NULL;
        }
        all_exceptions &= PyObject_TypeCheck(e, &exc_Exception);
    }
    // BaseExceptionGroup of Exceptions only is an ExceptionGroup; an ExceptionGroup may not
    // hold BaseExceptions.
    if (t == &exc_BaseExceptionGroup && all_exceptions)
        t = &exc_ExceptionGroup;
    else if (t == &exc_ExceptionGroup && !all_exceptions) {
        PyErr_SetString(PyExc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
        Py_DECREF(excs);
        return NULL;
    }
    Group_object *self = (Group_object *)BaseException_new(t, args, kwds);
    if (self == NULL) {
        Py_DECREF(excs);
        return NULL;
    }
    self->msg = Py_NewRef(msg);
    self->excs = excs;
    return (PyObject *)self;
}

static int
Group_init(PyObject *o, PyObject *args, PyObject *kwds)
{
    // Group_new validated and stored the message and exceptions; a subclass's extra
    // arguments go to args, keywords are refused.
    return BaseException_init(o, args, kwds);
}

static int
Group_traverse(PyObject *o, visitproc visit, void *arg)
{
    Py_VISIT(((Group_object *)o)->msg);
    Py_VISIT(((Group_object *)o)->excs);
    return BaseException_traverse(o, visit, arg);
}

static int
Group_clear(PyObject *o)
{
    Py_CLEAR(((Group_object *)o)->msg);
    Py_CLEAR(((Group_object *)o)->excs);
    return BaseException_clear(o);
}

static PyObject *
Group_str(PyObject *o)
{
    Group_object *self = (Group_object *)o;
    Py_ssize_t n = PyTuple_GET_SIZE(self->excs);
    return PyUnicode_FromFormat("%S (%zd sub-exception%s)", self->msg, n, n > 1 ? "s" : "");
}

// ---- the types, expanded from exc.def -----------------------------------------------------

#define Base_new BaseException_new
#define Base_init BaseException_init
#define Base_traverse BaseException_traverse
#define Base_clear BaseException_clear
#define Base_str BaseException_str
#define SystemExit_new BaseException_new
#define SystemExit_str BaseException_str
#define StopIteration_new BaseException_new
#define StopIteration_str BaseException_str
#define Name_new BaseException_new
#define Name_str BaseException_str
#define Attribute_new BaseException_new
#define Attribute_str BaseException_str
#define Import_new BaseException_new
#define SyntaxError_new BaseException_new
#define Unicode_new BaseException_new

#define EXC(name, base, layout, doc)                                                           \
    static PyTypeObject exc_##name = {                                                         \
        .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),                                     \
        .tp_name = #name,                                                                      \
        .tp_basicsize = sizeof(layout##_object),                                               \
        .tp_dealloc = exc_dealloc,                                                             \
        .tp_repr = BaseException_repr,                                                         \
        .tp_str = layout##_str,                                                                \
        .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC |            \
                    Py_TPFLAGS_BASE_EXC_SUBCLASS,                                              \
        .tp_doc = doc,                                                                         \
        .tp_traverse = layout##_traverse,                                                      \
        .tp_clear = layout##_clear,                                                            \
        .tp_base = &exc_##base,                                                                \
        .tp_init = layout##_init,                                                              \
        .tp_new = layout##_new,                                                                \
    };                                                                                         \
    PyObject *PyExc_##name = (PyObject *)&exc_##name;
#include "runtime/objects/exc.def"
#undef EXC

static PyTypeObject *const all_exception_types[] = {
#define EXC(name, base, layout, doc) &exc_##name,
#include "runtime/objects/exc.def"
#undef EXC
};

// ExceptionGroup(BaseExceptionGroup, Exception): the one built-in exception with two bases.
static int
ready_exception_group(void)
{
    PyTypeObject *t = &exc_ExceptionGroup;
    t->tp_bases = PyTuple_Pack(2, (PyObject *)&exc_BaseExceptionGroup, (PyObject *)&exc_Exception);
    t->tp_mro = PyTuple_Pack(5, (PyObject *)t, (PyObject *)&exc_BaseExceptionGroup,
                             (PyObject *)&exc_Exception, (PyObject *)&exc_BaseException,
                             (PyObject *)&PyBaseObject_Type);
    return t->tp_bases != NULL && t->tp_mro != NULL ? 0 : -1;
}

int
rt_exc_init(void)
{
    exc_KeyError.tp_str = KeyError_str;
    exc_UnicodeEncodeError.tp_init = UnicodeEncodeError_init;
    exc_UnicodeEncodeError.tp_str = UnicodeEncodeError_str;
    exc_UnicodeDecodeError.tp_init = UnicodeDecodeError_init;
    exc_UnicodeDecodeError.tp_str = UnicodeDecodeError_str;
    exc_UnicodeTranslateError.tp_init = UnicodeTranslateError_init;
    exc_UnicodeTranslateError.tp_str = UnicodeTranslateError_str;
    // The attribute tables (exc_attrs.c) go on the type that introduces each layout.
    exc_BaseException.tp_getset = rt_exc_base_getsets;
    exc_BaseException.tp_members = rt_exc_base_members;
    exc_BaseException.tp_methods = rt_exc_base_methods;
    exc_BaseException.tp_dictoffset = offsetof(PyBaseExceptionObject, dict);
    exc_SystemExit.tp_members = rt_exc_systemexit_members;
    exc_StopIteration.tp_members = rt_exc_stopiteration_members;
    exc_NameError.tp_members = rt_exc_name_members;
    exc_AttributeError.tp_members = rt_exc_attribute_members;
    exc_ImportError.tp_members = rt_exc_import_members;
    exc_OSError.tp_members = rt_exc_oserror_members;
    exc_OSError.tp_getset = rt_exc_oserror_getsets;
    exc_SyntaxError.tp_members = rt_exc_syntaxerror_members;
    exc_UnicodeEncodeError.tp_members = rt_exc_unicode_members;
    exc_UnicodeDecodeError.tp_members = rt_exc_unicode_members;
    exc_UnicodeTranslateError.tp_members = rt_exc_unicode_members;
    exc_BaseExceptionGroup.tp_members = rt_exc_group_members;
    exc_BaseExceptionGroup.tp_methods = rt_exc_group_methods;
    if (ready_exception_group() < 0)
        return -1;
    for (size_t i = 0; i < sizeof all_exception_types / sizeof all_exception_types[0]; i++) {
        if (PyType_Ready(all_exception_types[i]) < 0)
            return -1;
    }
    if (memory_error_instance == NULL) {
        memory_error_instance = PyObject_CallNoArgs(PyExc_MemoryError);
        if (memory_error_instance == NULL)
            return -1;
    }
    return 0;
}

PyObject *
rt_exc_memory_error_instance(void)
{
    return memory_error_instance;
}

PyObject *
rt_exc_args(PyObject *exc)
{
    return ((Base_object *)exc)->args;
}

PyObject *
PyException_GetTraceback(PyObject *exc)
{
    return Py_XNewRef(((Base_object *)exc)->traceback);
}

int
PyException_SetTraceback(PyObject *exc, PyObject *tb)
{
    if (tb == Py_None)
        tb = NULL;
    Py_XSETREF(((Base_object *)exc)->traceback, Py_XNewRef(tb));
    return 0;
}

PyObject *
PyException_GetContext(PyObject *exc)
{
    return Py_XNewRef(((Base_object *)exc)->context);
}

void
PyException_SetContext(PyObject *exc, PyObject *ctx)
{
    Py_XSETREF(((Base_object *)exc)->context, ctx);
}

PyObject *
PyException_GetCause(PyObject *exc)
{
    return Py_XNewRef(((Base_object *)exc)->cause);
}

void
PyException_SetCause(PyObject *exc, PyObject *cause)
{
    ((Base_object *)exc)->suppress_context = 1;
    Py_XSETREF(((Base_object *)exc)->cause, cause);
}
