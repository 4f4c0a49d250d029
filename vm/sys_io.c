// sys_io.c: the text files of sys.stdin, sys.stdout and sys.stderr (shown as
// _io.TextIOWrapper): UTF-8 over a C FILE, whose buffering is the one CPython gives its
// standard streams (stdout line-buffered on a terminal, block-buffered otherwise), and the
// file helpers that print() and input() use with any file object.
#include <errno.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "runtime/call.h"
#include "runtime/objects/typeattr.h"
#include "vm/builtins.h"

typedef struct {
    PyObject_HEAD
    FILE *fp;         // NULL once closed
    PyObject *name;   // str
    char mode[4];     // "r" or "w"
    char errors[20];  // "strict", "backslashreplace", ...
    char encoding[8]; // as repr shows it: "utf-8" for the standard streams, "UTF-8" for open()
    int closefd;
    int busy;           // threads inside I/O on fp with the GIL released
    FILE *close_later;  // closed while busy: the last of those threads closes it
} TextIO;

PyObject *
vm_textio_new(FILE *fp, const char *name, const char *mode, const char *errors, int closefd)
{
    TextIO *t = PyObject_Malloc(sizeof(TextIO));
    if (t == NULL)
        return PyErr_NoMemory();
    rt_new_reference((PyObject *)t);
    Py_SET_TYPE(t, &VmTextIO_Type);
    t->fp = fp;
    t->name = PyUnicode_FromString(name);
    snprintf(t->mode, sizeof t->mode, "%s", mode);
    snprintf(t->errors, sizeof t->errors, "%s", errors);
    snprintf(t->encoding, sizeof t->encoding, "%s", closefd ? "UTF-8" : "utf-8");
    t->closefd = closefd;
    t->busy = 0;
    t->close_later = NULL;
    if (t->name == NULL) {
        PyObject_Free(t);
        return NULL;
    }
    return (PyObject *)t;
}

static void
textio_dealloc(PyObject *o)
{
    TextIO *t = (TextIO *)o;
    if (t->fp != NULL) {
        fflush(t->fp);
        if (t->closefd)
            fclose(t->fp);
    }
    Py_XDECREF(t->name);
    PyObject_Free(o);
}

static PyObject *
textio_repr(PyObject *o)
{
    TextIO *t = (TextIO *)o;
    return PyUnicode_FromFormat("<_io.TextIOWrapper name=%R mode='%s' encoding='%s'>", t->name,
                                t->mode, t->encoding);
}

// Blocking I/O on t->fp runs with the GIL released (other threads run meanwhile); close()
// must not free the FILE under it then, so it hands the FILE to the last such thread.
static FILE *
io_begin(TextIO *t)
{
    t->busy++;
    return t->fp;
}

static void
io_end(TextIO *t)
{
    if (--t->busy == 0 && t->close_later != NULL) {
        fclose(t->close_later);
        t->close_later = NULL;
    }
}

// True when writing n bytes to fp cannot block another thread: there is none yet, or the
// bytes only go into fp's buffer (no system call), where CPython's buffered writer keeps
// the GIL too.
static int
write_keeps_gil(FILE *fp, size_t n)
{
    return !rt_gil_created() ||
           (!__flbf(fp) && __fbufsize(fp) > 0 && __fpending(fp) + n < __fbufsize(fp));
}

static int
check_open(TextIO *t)
{
    if (t->fp != NULL)
        return 0;
    PyErr_SetString(PyExc_ValueError, "I/O operation on closed file.");
    return -1;
}

// ---- writing ----------------------------------------------------------------------------------

static int
textio_write_str(TextIO *t, PyObject *s)
{
    if (check_open(t) < 0)
        return -1;
    if (t->mode[0] == 'r' && t->mode[1] != '+') {
        PyErr_SetString(PyExc_OSError, "not writable");
        return -1;
    }
    Py_ssize_t n;
    const char *p = PyUnicode_AsUTF8AndSize(s, &n);
    PyObject *encoded = NULL;
    if (p == NULL) {
        // Lone surrogates: stderr's handler replaces them; stdout's is strict.
        if (strcmp(t->errors, "strict") == 0)
            return -1;
        PyErr_Clear();
        encoded = PyUnicode_AsEncodedString(s, "utf-8", t->errors);
        if (encoded == NULL)
            return -1;
        p = PyBytes_AS_STRING(encoded);
        n = PyBytes_GET_SIZE(encoded);
    }
    FILE *fp = io_begin(t);
    size_t w;
    if (write_keeps_gil(fp, (size_t)n)) {
        w = fwrite(p, 1, (size_t)n, fp);
    } else {
        Py_BEGIN_ALLOW_THREADS
        w = fwrite(p, 1, (size_t)n, fp);
        Py_END_ALLOW_THREADS
    }
    Py_XDECREF(encoded);
    if (w != (size_t)n) {
        PyErr_SetFromErrno(PyExc_OSError);
        clearerr(fp);
    }
    io_end(t);
    if (w != (size_t)n)
        return -1;
    return 0;
}

static PyObject *
textio_write(PyObject *o, PyObject *s)
{
    if (!PyUnicode_Check(s))
        return PyErr_Format(PyExc_TypeError, "write() argument must be str, not %.100s",
                            Py_TYPE(s)->tp_name);
    if (textio_write_str((TextIO *)o, s) < 0)
        return NULL;
    return PyLong_FromSsize_t(PyUnicode_GET_LENGTH(s));
}

static PyObject *
textio_flush(PyObject *o, PyObject *unused)
{
    TextIO *t = (TextIO *)o;
    if (check_open(t) < 0)
        return NULL;
    FILE *fp = io_begin(t);
    int r;
    Py_BEGIN_ALLOW_THREADS
    r = fflush(fp);
    Py_END_ALLOW_THREADS
    io_end(t);
    if (r != 0)
        return PyErr_SetFromErrno(PyExc_OSError);
    Py_RETURN_NONE;
}

// ---- reading ----------------------------------------------------------------------------------

// The next line including its newline (b"" at the end), decoded, or at most `limit` chars
// worth of bytes when limit >= 0.
// Reading needs an open file opened for it.
static int
check_readable(TextIO *t)
{
    if (check_open(t) < 0)
        return -1;
    if (t->mode[0] != 'r' && t->mode[1] != '+') {
        PyErr_SetString(PyExc_OSError, "not readable");
        return -1;
    }
    return 0;
}

static PyObject *
read_line(TextIO *t, Py_ssize_t limit)
{
    if (check_readable(t) < 0)
        return NULL;
    // The line is read with the GIL released (input() waits for the user there), so its
    // buffer comes from malloc, not the object allocator.
    char *buf = NULL;
    size_t cap = 0, len = 0;
    int c, nomem = 0;
    FILE *fp = io_begin(t);
    Py_BEGIN_ALLOW_THREADS
    while ((limit < 0 || (Py_ssize_t)len < limit) && (c = getc(fp)) != EOF) {
        if (len + 1 >= cap) {
            cap = cap ? cap * 2 : 128;
            char *nb = realloc(buf, cap);
            if (nb == NULL) {
                nomem = 1;
                break;
            }
            buf = nb;
        }
        buf[len++] = (char)c;
        if (c == '\n')
            break;
    }
    Py_END_ALLOW_THREADS
    io_end(t);
    PyObject *r = nomem ? PyErr_NoMemory()
                        : PyUnicode_Decode(buf ? buf : "", (Py_ssize_t)len, "utf-8", t->errors);
    free(buf);
    return r;
}

static PyObject *
textio_readline(PyObject *o, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("readline", nargs, 0, 1))
        return NULL;
    Py_ssize_t limit = -1;
    if (nargs == 1 && args[0] != Py_None) {
        limit = PyNumber_AsSsize_t(args[0], PyExc_OverflowError);
        if (limit == -1 && PyErr_Occurred())
            return NULL;
    }
    return read_line((TextIO *)o, limit);
}

static PyObject *
textio_read(PyObject *o, PyObject *const *args, Py_ssize_t nargs)
{
    TextIO *t = (TextIO *)o;
    if (!rt_call_check_positional("read", nargs, 0, 1) || check_readable(t) < 0)
        return NULL;
    Py_ssize_t limit = -1;
    if (nargs == 1 && args[0] != Py_None) {
        limit = PyNumber_AsSsize_t(args[0], PyExc_OverflowError);
        if (limit == -1 && PyErr_Occurred())
            return NULL;
    }
    RtBytesWriter w;
    rt_bytes_writer_init(&w);
    char chunk[4096];
    size_t n;
    FILE *fp = io_begin(t);
    for (;;) {
        size_t want = limit > 0 && limit < (Py_ssize_t)sizeof chunk ? (size_t)limit : sizeof chunk;
        if (limit == 0)
            break;
        Py_BEGIN_ALLOW_THREADS
        n = fread(chunk, 1, want, fp);
        Py_END_ALLOW_THREADS
        if (n == 0)
            break;
        if (rt_bytes_writer_write(&w, chunk, (Py_ssize_t)n) < 0) {
            io_end(t);
            rt_bytes_writer_discard(&w);
            return NULL;
        }
        if (limit > 0)
            limit -= (Py_ssize_t)n;
    }
    io_end(t);
    PyObject *bytes = rt_bytes_writer_finish(&w);
    if (bytes == NULL)
        return NULL;
    PyObject *r = PyUnicode_Decode(PyBytes_AS_STRING(bytes), PyBytes_GET_SIZE(bytes), "utf-8",
                                   t->errors);
    Py_DECREF(bytes);
    return r;
}

static PyObject *
textio_readlines(PyObject *o, PyObject *unused)
{
    PyObject *list = PyList_New(0);
    while (list != NULL) {
        PyObject *line = read_line((TextIO *)o, -1);
        if (line == NULL || PyUnicode_GET_LENGTH(line) == 0 || PyList_Append(list, line) < 0) {
            if (line == NULL || PyErr_Occurred())
                Py_CLEAR(list);
            Py_XDECREF(line);
            break;
        }
        Py_DECREF(line);
    }
    return list;
}

static PyObject *
textio_iternext(PyObject *o)
{
    PyObject *line = read_line((TextIO *)o, -1);
    if (line != NULL && PyUnicode_GET_LENGTH(line) == 0)
        Py_CLEAR(line);
    return line;
}

// ---- the rest of the file protocol ------------------------------------------------------------

static PyObject *
textio_fileno(PyObject *o, PyObject *unused)
{
    TextIO *t = (TextIO *)o;
    return check_open(t) < 0 ? NULL : PyLong_FromLong(fileno(t->fp));
}

static PyObject *
textio_isatty(PyObject *o, PyObject *unused)
{
    TextIO *t = (TextIO *)o;
    return check_open(t) < 0 ? NULL : PyBool_FromLong(isatty(fileno(t->fp)));
}

static PyObject *
textio_readable(PyObject *o, PyObject *unused)
{
    const char *m = ((TextIO *)o)->mode;
    return PyBool_FromLong(m[0] == 'r' || m[1] == '+');
}

static PyObject *
textio_writable(PyObject *o, PyObject *unused)
{
    const char *m = ((TextIO *)o)->mode;
    return PyBool_FromLong(m[0] != 'r' || m[1] == '+');
}

static PyObject *
textio_close(PyObject *o, PyObject *unused)
{
    TextIO *t = (TextIO *)o;
    if (t->fp != NULL) {
        fflush(t->fp);
        if (t->closefd && t->busy > 0)
            t->close_later = t->fp; // another thread is inside I/O on it
        else if (t->closefd)
            fclose(t->fp);
        t->fp = NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *
textio_self(PyObject *o)
{
    return Py_NewRef(o);
}

static PyObject *
textio_enter(PyObject *o, PyObject *unused)
{
    if (check_open((TextIO *)o) < 0)
        return NULL;
    return Py_NewRef(o);
}

static PyObject *
textio_exit(PyObject *o, PyObject *const *args, Py_ssize_t nargs)
{
    return textio_close(o, NULL);
}

static PyObject *
get_name(PyObject *o, void *c)
{
    return Py_NewRef(((TextIO *)o)->name);
}

static PyObject *
get_mode(PyObject *o, void *c)
{
    return PyUnicode_FromString(((TextIO *)o)->mode);
}

static PyObject *
get_errors(PyObject *o, void *c)
{
    return PyUnicode_FromString(((TextIO *)o)->errors);
}

static PyObject *
get_encoding(PyObject *o, void *c)
{
    return PyUnicode_FromString(((TextIO *)o)->encoding);
}

static PyObject *
get_closed(PyObject *o, void *c)
{
    return PyBool_FromLong(((TextIO *)o)->fp == NULL);
}

static PyMethodDef textio_methods[] = {
    {"write", (PyCFunction)textio_write, METH_O, NULL},
    {"flush", (PyCFunction)textio_flush, METH_NOARGS, NULL},
    {"read", (PyCFunction)(void (*)(void))textio_read, METH_FASTCALL, NULL},
    {"readline", (PyCFunction)(void (*)(void))textio_readline, METH_FASTCALL, NULL},
    {"readlines", (PyCFunction)textio_readlines, METH_NOARGS, NULL},
    {"fileno", (PyCFunction)textio_fileno, METH_NOARGS, NULL},
    {"isatty", (PyCFunction)textio_isatty, METH_NOARGS, NULL},
    {"readable", (PyCFunction)textio_readable, METH_NOARGS, NULL},
    {"writable", (PyCFunction)textio_writable, METH_NOARGS, NULL},
    {"close", (PyCFunction)textio_close, METH_NOARGS, NULL},
    {"__enter__", (PyCFunction)textio_enter, METH_NOARGS, NULL},
    {"__exit__", (PyCFunction)(void (*)(void))textio_exit, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};

static PyGetSetDef textio_getset[] = {
    {"name", get_name, NULL, NULL, NULL},
    {"mode", get_mode, NULL, NULL, NULL},
    {"errors", get_errors, NULL, NULL, NULL},
    {"encoding", get_encoding, NULL, NULL, NULL},
    {"closed", get_closed, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PyTypeObject VmTextIO_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "_io.TextIOWrapper",
    .tp_basicsize = sizeof(TextIO),
    .tp_dealloc = textio_dealloc,
    .tp_repr = textio_repr,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_iter = textio_self,
    .tp_iternext = textio_iternext,
    .tp_methods = textio_methods,
    .tp_getset = textio_getset,
    .tp_free = PyObject_Free,
};

// ---- open() -----------------------------------------------------------------------------------

// Raise OSError(errno, strerror, filename): the subclass errno selects, with the filename
// in the message as CPython shows it.
static void
raise_file_error(int err, PyObject *filename)
{
    PyObject *code = PyLong_FromLong(err), *msg = PyUnicode_FromString(strerror(err));
    PyObject *args = code && msg ? PyTuple_Pack(3, code, msg, filename) : NULL;
    PyObject *exc = args ? PyObject_Call(PyExc_OSError, args, NULL) : NULL;
    if (exc != NULL)
        PyErr_SetObject((PyObject *)Py_TYPE(exc), exc);
    Py_XDECREF(code);
    Py_XDECREF(msg);
    Py_XDECREF(args);
    Py_XDECREF(exc);
}

PyObject *
vm_textio_open(PyObject *file, const char *mode)
{
    const char *path = PyUnicode_AsUTF8(file);
    if (path == NULL)
        return NULL;
    // Python's "x" is C's "w" with glibc's exclusive flag; "+" carries over.
    char cmode[4] = {mode[0] == 'x' ? 'w' : mode[0], mode[1] == '+' ? '+' : '\0', '\0', '\0'};
    if (mode[0] == 'x')
        cmode[cmode[1] ? 2 : 1] = 'x';
    FILE *fp = fopen(path, cmode);
    if (fp == NULL) {
        raise_file_error(errno, file);
        return NULL;
    }
    PyObject *t = vm_textio_new(fp, "", mode, "strict", 1);
    if (t == NULL) {
        fclose(fp);
        return NULL;
    }
    Py_SETREF(((TextIO *)t)->name, Py_NewRef(file));
    return t;
}

// ---- helpers for any file object --------------------------------------------------------------

int
vm_file_write_string(PyObject *file, PyObject *s)
{
    if (Py_IS_TYPE(file, &VmTextIO_Type))
        return textio_write_str((TextIO *)file, s);
    PyObject *name = PyUnicode_InternFromString("write");
    PyObject *r = name ? PyObject_CallMethodOneArg(file, name, s) : NULL;
    Py_XDECREF(r);
    return r == NULL ? -1 : 0;
}

int
vm_file_flush(PyObject *file)
{
    if (Py_IS_TYPE(file, &VmTextIO_Type)) {
        TextIO *t = (TextIO *)file;
        return t->fp == NULL || fflush(t->fp) == 0 ? 0 : -1;
    }
    PyObject *name = PyUnicode_InternFromString("flush");
    PyObject *r = name ? PyObject_CallMethodNoArgs(file, name) : NULL;
    Py_XDECREF(r);
    return r == NULL ? -1 : 0;
}

PyObject *
vm_file_input_line(PyObject *file)
{
    PyObject *line;
    if (Py_IS_TYPE(file, &VmTextIO_Type)) {
        line = read_line((TextIO *)file, -1);
    } else {
        PyObject *name = PyUnicode_InternFromString("readline");
        line = name ? PyObject_CallMethodNoArgs(file, name) : NULL;
    }
    if (line == NULL)
        return NULL;
    if (!PyUnicode_Check(line)) {
        PyErr_Format(PyExc_TypeError, "object.readline() returned non-string");
        Py_DECREF(line);
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(line);
    if (n == 0) {
        Py_DECREF(line);
        PyErr_SetString(PyExc_EOFError, "EOF when reading a line");
        return NULL;
    }
    if (PyUnicode_READ_CHAR(line, n - 1) == '\n')
        Py_SETREF(line, PyUnicode_Substring(line, 0, n - 1));
    return line;
}
