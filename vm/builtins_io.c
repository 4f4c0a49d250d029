// builtins_io.c: print() and input(), written over any file object with write/readline and
// over sys.stdout/sys.stdin by default. The file type of the standard streams is sys_io.c's.
#include "runtime/call.h"
#include "vm/builtins.h"
#include "vm/builtins_internal.h"

// The str or None argument sep/end of print: NULL for None (use the default).
static int
check_text_arg(PyObject *v, const char *what, PyObject **out)
{
    *out = NULL;
    if (v == NULL || v == Py_None)
        return 0;
    if (!PyUnicode_Check(v)) {
        PyErr_Format(PyExc_TypeError, "%s must be None or a string, not %.200s", what,
                     Py_TYPE(v)->tp_name);
        return -1;
    }
    *out = v;
    return 0;
}

// str(v) written to file.
static int
write_object(PyObject *file, PyObject *v)
{
    PyObject *s = PyObject_Str(v);
    if (s == NULL)
        return -1;
    int r = vm_file_write_string(file, s);
    Py_DECREF(s);
    return r;
}

static int
write_text(PyObject *file, PyObject *text, const char *dflt)
{
    if (text != NULL)
        return vm_file_write_string(file, text);
    PyObject *s = PyUnicode_FromString(dflt);
    if (s == NULL)
        return -1;
    int r = vm_file_write_string(file, s);
    Py_DECREF(s);
    return r;
}

PyObject *
vm_builtin_print(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {"sep", "end", "file", "flush"};
    static const RtArgSpec spec = {"print", names, 4, 0, 0, 0, 0};
    PyObject *kw[4], *sep, *end;
    if (rt_call_unpack(&spec, args + nargs, 0, kwnames, kw) < 0)
        return NULL;
    PyObject *file = kw[2];
    if (file == NULL || file == Py_None) {
        file = vm_sys_get("stdout");
        if (file == NULL) {
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_RuntimeError, "lost sys.stdout");
            return NULL;
        }
        if (file == Py_None) // no stdout at all: print nothing
            Py_RETURN_NONE;
    }
    if (check_text_arg(kw[0], "sep", &sep) < 0 || check_text_arg(kw[1], "end", &end) < 0)
        return NULL;
    Py_INCREF(file); // a write may replace sys.stdout
    for (Py_ssize_t i = 0; i < nargs; i++) {
        if ((i > 0 && write_text(file, sep, " ") < 0) || write_object(file, args[i]) < 0)
            goto fail;
    }
    if (write_text(file, end, "\n") < 0)
        goto fail;
    if (kw[3] != NULL) {
        int flush = PyObject_IsTrue(kw[3]);
        if (flush < 0 || (flush && vm_file_flush(file) < 0))
            goto fail;
    }
    Py_DECREF(file);
    Py_RETURN_NONE;
fail:
    Py_DECREF(file);
    return NULL;
}

// sys.<name>, which input() needs: RuntimeError "input(): lost sys.<name>" when absent/None.
static PyObject *
std_stream(const char *name)
{
    PyObject *f = vm_sys_get(name);
    if (f == NULL || f == Py_None) {
        if (!PyErr_Occurred())
            PyErr_Format(PyExc_RuntimeError, "input(): lost sys.%s", name);
        return NULL;
    }
    return f;
}

PyObject *
vm_builtin_input(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("input", nargs, 0, 1))
        return NULL;
    PyObject *fin = std_stream("stdin");
    PyObject *fout = fin ? std_stream("stdout") : NULL;
    PyObject *ferr = fout ? std_stream("stderr") : NULL;
    if (ferr == NULL)
        return NULL;
    if (vm_file_flush(ferr) < 0)
        PyErr_Clear();
    if (nargs == 1 && write_object(fout, args[0]) < 0)
        return NULL;
    if (vm_file_flush(fout) < 0)
        PyErr_Clear();
    return vm_file_input_line(fin);
}

// ---- open -------------------------------------------------------------------------------------

// The mode of a text file as "r", "w", "a" or "x" plus an optional "+", from Python's mode
// string; ValueError "invalid mode: 'q'" otherwise (binary files are not supported yet).
static int
text_mode(PyObject *mode, char out[3])
{
    const char *m = PyUnicode_AsUTF8(mode);
    if (m == NULL)
        return -1;
    char kind = 0;
    int plus = 0, text = 0, binary = 0, bad = 0;
    for (const char *p = m; *p && !bad; p++) {
        switch (*p) {
        case 'r': case 'w': case 'a': case 'x':
            bad = kind != 0;
            kind = *p;
            break;
        case '+': bad = plus; plus = 1; break;
        case 't': bad = text; text = 1; break;
        case 'b': bad = binary; binary = 1; break;
        default: bad = 1; break;
        }
    }
    if (bad || kind == 0 || (text && binary)) {
        PyErr_Format(PyExc_ValueError, "invalid mode: '%s'", m);
        return -1;
    }
    if (binary) {
        PyErr_SetString(PyExc_NotImplementedError, "binary files are not supported yet");
        return -1;
    }
    out[0] = kind;
    out[1] = plus ? '+' : '\0';
    out[2] = '\0';
    return 0;
}

PyObject *
vm_builtin_open(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors",
                                        "newline", "closefd", "opener"};
    static const RtArgSpec spec = {"open", names, 8, 0, 1, 8, 0};
    PyObject *a[8];
    if (rt_call_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    PyObject *file = a[0];
    if (!PyUnicode_Check(file))
        return PyErr_Format(PyExc_TypeError, "expected str, bytes or os.PathLike object, not %.200s",
                            Py_TYPE(file)->tp_name);
    if (a[1] != NULL && !PyUnicode_Check(a[1]))
        return PyErr_Format(PyExc_TypeError, "open() argument 'mode' must be str, not %.200s",
                            Py_TYPE(a[1])->tp_name);
    char mode[3] = "r";
    if (a[1] != NULL && text_mode(a[1], mode) < 0)
        return NULL;
    if (a[3] != NULL && a[3] != Py_None && PyUnicode_Check(a[3]) &&
        !rt_str_equal_ascii(a[3], "utf-8") && !rt_str_equal_ascii(a[3], "UTF-8") &&
        !rt_str_equal_ascii(a[3], "utf8")) {
        PyErr_Format(PyExc_LookupError, "unknown encoding: %U", a[3]);
        return NULL;
    }
    return vm_textio_open(file, mode);
}
