// sys.c: the sys module: argv, path and modules (the import system's dict), the standard
// streams (sys_io.c), exit, the recursion and int-digit limits, version and platform facts
// (version_info and the other struct sequences), implementation, exc_info, _getframe, the
// display and except hooks, and the memory views getsizeof and _debugmallocstats.
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "runtime/alloc.h"
#include "runtime/call.h"
#include "runtime/gc.h"
#include "runtime/objects/moduleobject.h"
#include "runtime/objects/namespace.h"
#include "runtime/objects/structseq.h"
#include "runtime/objects/typeattr.h"
#include "vm/builtins.h"
#include "vm/builtins_internal.h"
#include "vm/ops.h"
#include "vm/vm.h"

#define KRAIT_VERSION "0.1"
#define PY_VERSION "3.11.7"
#define PY_HEXVERSION 0x030b07f0

static PyObject *sys_module;

PyObject *
vm_sys_get(const char *name)
{
    PyObject *m = vm_sys_module();
    return m != NULL ? PyDict_GetItemString(PyModule_GetDict(m), name) : NULL;
}

void
vm_sys_flush_std(void)
{
    const char *names[2] = {"stdout", "stderr"};
    PyObject *exc = PyErr_GetRaisedException();
    for (int i = 0; i < 2 && sys_module != NULL; i++) {
        PyObject *f = PyDict_GetItemString(PyModule_GetDict(sys_module), names[i]);
        if (f != NULL && f != Py_None && vm_file_flush(f) < 0)
            PyErr_Clear();
    }
    fflush(stdout);
    fflush(stderr);
    PyErr_SetRaisedException(exc);
}

// ---- functions --------------------------------------------------------------------------------

static PyObject *
sys_exit(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("exit", nargs, 0, 1))
        return NULL;
    // sys.exit() and sys.exit(None) both make SystemExit() whose code is None.
    PyErr_SetObject(PyExc_SystemExit, nargs == 0 || args[0] == Py_None ? NULL : args[0]);
    return NULL;
}

static PyObject *
sys_getrecursionlimit(PyObject *self, PyObject *unused)
{
    return PyLong_FromLong(rt_tstate()->recursion_limit);
}

static PyObject *
sys_setrecursionlimit(PyObject *self, PyObject *arg)
{
    long limit = PyLong_AsLong(arg);
    if (limit == -1 && PyErr_Occurred())
        return NULL;
    if (limit < 1) {
        PyErr_SetString(PyExc_ValueError, "recursion limit must be greater or equal than 1");
        return NULL;
    }
    if (limit > INT_MAX) {
        PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
        return NULL;
    }
    RtThreadState *ts = rt_tstate();
    if (ts->recursion_depth >= limit) {
        PyErr_Format(PyExc_RecursionError,
                     "cannot set the recursion limit to %d at the recursion depth %d: the limit "
                     "is too low",
                     (int)limit, ts->recursion_depth);
        return NULL;
    }
    ts->recursion_limit = (int)limit;
    Py_RETURN_NONE;
}

static PyObject *
sys_getswitchinterval(PyObject *self, PyObject *unused)
{
    return PyFloat_FromDouble(rt_gil_get_switch_interval());
}

static PyObject *
sys_setswitchinterval(PyObject *self, PyObject *arg)
{
    double interval = PyFloat_AsDouble(arg);
    if (interval == -1.0 && PyErr_Occurred())
        return NULL;
    if (interval <= 0.0) {
        PyErr_SetString(PyExc_ValueError, "switch interval must be strictly positive");
        return NULL;
    }
    rt_gil_set_switch_interval(interval);
    Py_RETURN_NONE;
}

static PyObject *
sys_get_int_max_str_digits(PyObject *self, PyObject *unused)
{
    return PyLong_FromLong(rt_int_max_str_digits);
}

static PyObject *
sys_set_int_max_str_digits(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                           PyObject *kwnames)
{
    static const char *const names[] = {"maxdigits"};
    static const RtArgSpec spec = {"set_int_max_str_digits", names, 1, 0, 1, 1, 0};
    PyObject *a[1];
    if (rt_call_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    int v = PyLong_AsInt(a[0]);
    if (v == -1 && PyErr_Occurred())
        return NULL;
    if (v != 0 && v < RT_INT_MAX_STR_DIGITS_THRESHOLD) {
        PyErr_SetString(PyExc_ValueError, "maxdigits must be 0 or larger than 640");
        return NULL;
    }
    rt_int_max_str_digits = v;
    Py_RETURN_NONE;
}

// The limit given by -X int_max_str_digits or PYTHONINTMAXSTRDIGITS, for sys.flags; -1 when
// neither was given.
static int int_max_str_digits_option = -1;

// A limit as start-up options give it: a whole decimal int, 0 or at least the threshold (what
// CPython's _Py_str_to_int and its check accept); -1 otherwise.
static int
parse_digit_limit(const char *text)
{
    char *end;
    errno = 0;
    long v = strtol(text, &end, 10);
    if (end == text || *end != '\0' || errno == ERANGE || v < 0 || v > INT_MAX ||
        (v > 0 && v < RT_INT_MAX_STR_DIGITS_THRESHOLD))
        return -1;
    return (int)v;
}

int
vm_sys_init_int_max_str_digits(const char *xoption, int use_environment)
{
    const char *origin = "-X int_max_str_digits", *text = NULL;
    if (xoption != NULL) {
        text = xoption[0] == '=' ? xoption + 1 : "";
    } else if (use_environment) {
        text = getenv("PYTHONINTMAXSTRDIGITS");
        origin = "PYTHONINTMAXSTRDIGITS";
    }
    if (text == NULL || (xoption == NULL && text[0] == '\0')) // an empty variable is unset
        return 0;
    int v = parse_digit_limit(text);
    if (v < 0) {
        fprintf(stderr,
                "Fatal Python error: config_init_int_max_str_digits: %s: invalid limit; must be "
                ">= %d or 0 for unlimited.\nPython runtime state: preinitialized\n\n",
                origin, RT_INT_MAX_STR_DIGITS_THRESHOLD);
        return -1;
    }
    rt_int_max_str_digits = int_max_str_digits_option = v;
    return 0;
}

static PyObject *
sys_intern(PyObject *self, PyObject *s)
{
    if (!PyUnicode_CheckExact(s))
        return PyErr_Format(PyExc_TypeError, "intern() argument must be str, not %.50s",
                            Py_TYPE(s)->tp_name);
    Py_INCREF(s);
    PyUnicode_InternInPlace(&s);
    return s;
}

static PyObject *
sys_exc_info(PyObject *self, PyObject *unused)
{
    PyObject *exc = vm_exc_info();
    if (exc == NULL || exc == Py_None)
        return PyTuple_Pack(3, Py_None, Py_None, Py_None);
    PyObject *tb = PyException_GetTraceback(exc);
    PyObject *r = PyTuple_Pack(3, (PyObject *)Py_TYPE(exc), exc, tb != NULL ? tb : Py_None);
    Py_XDECREF(tb);
    return r;
}

static PyObject *
sys_getframe(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("_getframe", nargs, 0, 1))
        return NULL;
    long depth = 0;
    if (nargs == 1 && (depth = PyLong_AsLong(args[0])) == -1 && PyErr_Occurred())
        return NULL;
    return vm_getframe((int)depth);
}

static PyObject *
sys_getrefcount(PyObject *self, PyObject *o)
{
    return PyLong_FromSsize_t(Py_REFCNT(o));
}

#ifdef RT_REF_DEBUG
// sys.gettotalrefcount(), in debug builds only, as in CPython: the references counted
// everywhere, so that a leak shows as a total that grows when the same code runs again.
static PyObject *
sys_gettotalrefcount(PyObject *self, PyObject *unused)
{
    return PyLong_FromSsize_t(rt_ref_total);
}
#endif

// The bytes CPython keeps before an object: the GC header, and the managed dict and weak
// reference pointers of classes that have one (_PyType_PreHeaderSize). Only the type's flag
// counts (not tp_is_gc): CPython 3.11 gives static types a header too.
static size_t
pre_header_size(PyObject *o)
{
    size_t n = PyType_HasFeature(Py_TYPE(o), Py_TPFLAGS_HAVE_GC) ? sizeof(PyGC_Head) : 0;
    if (rt_type_has_managed_dict(Py_TYPE(o)))
        n += 2 * sizeof(PyObject *);
    return n;
}

// o.__sizeof__() plus the pre-header: -1 with an exception set on failure.
static Py_ssize_t
get_size_of(PyObject *o)
{
    PyObject *meth = vm_lookup_special(o, "__sizeof__");
    if (meth == NULL) {
        if (!PyErr_Occurred())
            PyErr_Format(PyExc_TypeError, "Type %.100s doesn't define __sizeof__",
                         Py_TYPE(o)->tp_name);
        return -1;
    }
    PyObject *res = PyObject_CallNoArgs(meth);
    Py_DECREF(meth);
    if (res == NULL)
        return -1;
    if (!PyLong_Check(res)) {
        // CPython's PyLong_AsSsize_t does not use __index__.
        Py_DECREF(res);
        PyErr_SetString(PyExc_TypeError, "an integer is required");
        return -1;
    }
    Py_ssize_t size = PyLong_AsSsize_t(res);
    Py_DECREF(res);
    if (size == -1 && PyErr_Occurred())
        return -1;
    if (size < 0) {
        PyErr_SetString(PyExc_ValueError, "__sizeof__() should return >= 0");
        return -1;
    }
    return size + (Py_ssize_t)pre_header_size(o);
}

static PyObject *
sys_getsizeof(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {"object", "default"};
    static const RtArgSpec spec = {"getsizeof", names, 2, 0, 1, 2, 0};
    PyObject *a[2];
    if (rt_call_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    Py_ssize_t size = get_size_of(a[0]);
    if (size >= 0)
        return PyLong_FromSsize_t(size);
    // Only a TypeError falls back to the default, as in CPython.
    if (a[1] != NULL && PyErr_ExceptionMatches(PyExc_TypeError)) {
        PyErr_Clear();
        return Py_NewRef(a[1]);
    }
    return NULL;
}

static PyObject *
sys_getallocatedblocks(PyObject *self, PyObject *unused)
{
    return PyLong_FromSize_t(rt_alloc_blocks_in_use());
}

// Written to the C stream, as CPython does; what Python code wrote to sys.stderr comes first.
static PyObject *
sys_debugmallocstats(PyObject *self, PyObject *unused)
{
    vm_sys_flush_std();
    rt_alloc_print_stats(stderr);
    fflush(stderr);
    Py_RETURN_NONE;
}

#ifndef RT_REF_DEBUG
static int
add_refcount(PyObject *o, void *total)
{
    *(Py_ssize_t *)total += Py_REFCNT(o);
    return 0;
}
#endif

void
vm_sys_show_refcount(void)
{
#ifdef RT_REF_DEBUG
    Py_ssize_t refs = rt_ref_total;
#else
    Py_ssize_t refs = 0; // release builds: an estimate from the objects the collector tracks
    rt_gc_visit_objects(-1, add_refcount, &refs);
#endif
    fprintf(stderr, "[%zd refs, %zu blocks]\n", refs, rt_alloc_blocks_in_use());
}

static PyObject *
sys_getdefaultencoding(PyObject *self, PyObject *unused)
{
    return PyUnicode_FromString("utf-8");
}

// sys.displayhook: print repr(value) to sys.stdout and keep it as builtins._ (None is
// neither shown nor kept).
static PyObject *
sys_displayhook(PyObject *self, PyObject *value)
{
    if (value == Py_None)
        Py_RETURN_NONE;
    PyObject *builtins = PyModule_GetDict(vm_builtins_module());
    if (PyDict_SetItemString(builtins, "_", Py_None) < 0)
        return NULL;
    PyObject *out = vm_sys_get("stdout");
    if (out == NULL || out == Py_None) {
        PyErr_SetString(PyExc_RuntimeError, "lost sys.stdout");
        return NULL;
    }
    PyObject *text = PyObject_Repr(value);
    if (text == NULL || vm_file_write_string(out, text) < 0) {
        Py_XDECREF(text);
        return NULL;
    }
    Py_DECREF(text);
    PyObject *nl = PyUnicode_FromString("\n");
    int r = nl ? vm_file_write_string(out, nl) : -1;
    Py_XDECREF(nl);
    if (r < 0 || PyDict_SetItemString(builtins, "_", value) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
sys_excepthook(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("excepthook", nargs, 3, 3))
        return NULL;
    if (PyExceptionInstance_Check(args[1]))
        vm_print_exception(args[1]);
    Py_RETURN_NONE;
}

static PyMethodDef sys_methods[] = {
    {"exit", (PyCFunction)(void (*)(void))sys_exit, METH_FASTCALL,
     "exit($module, status=None, /)\n--\n\nExit the interpreter by raising SystemExit(status)."},
    {"getswitchinterval", sys_getswitchinterval, METH_NOARGS,
     "getswitchinterval($module, /)\n--\n\nReturn the current thread switch interval; see "
     "sys.setswitchinterval()."},
    {"setswitchinterval", sys_setswitchinterval, METH_O,
     "setswitchinterval($module, interval, /)\n--\n\nSet the ideal thread switching delay "
     "inside the Python interpreter."},
    {"getrecursionlimit", sys_getrecursionlimit, METH_NOARGS,
     "getrecursionlimit($module, /)\n--\n\nReturn the current value of the recursion limit."},
    {"setrecursionlimit", sys_setrecursionlimit, METH_O,
     "setrecursionlimit($module, limit, /)\n--\n\nSet the maximum depth of the Python "
     "interpreter stack to n."},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, METH_NOARGS,
     "get_int_max_str_digits($module, /)\n--\n\nReturn the maximum string digits limit for "
     "non-binary int<->str conversions."},
    {"set_int_max_str_digits", (PyCFunction)(void (*)(void))sys_set_int_max_str_digits,
     METH_FASTCALL | METH_KEYWORDS,
     "set_int_max_str_digits($module, /, maxdigits)\n--\n\nSet the maximum string digits "
     "limit for non-binary int<->str conversions."},
    {"intern", sys_intern, METH_O, "intern($module, string, /)\n--\n\n``Intern'' the given "
                                   "string."},
    {"exc_info", sys_exc_info, METH_NOARGS,
     "exc_info($module, /)\n--\n\nReturn current exception information: (type, value, "
     "traceback)."},
    {"_getframe", (PyCFunction)(void (*)(void))sys_getframe, METH_FASTCALL,
     "_getframe($module, depth=0, /)\n--\n\nReturn a frame object from the call stack."},
    {"getrefcount", sys_getrefcount, METH_O,
     "getrefcount($module, object, /)\n--\n\nReturn the reference count of object."},
#ifdef RT_REF_DEBUG
    {"gettotalrefcount", sys_gettotalrefcount, METH_NOARGS, NULL},
#endif
    {"getsizeof", (PyCFunction)(void (*)(void))sys_getsizeof, METH_FASTCALL | METH_KEYWORDS,
     "getsizeof(object [, default]) -> int\n\nReturn the size of object in bytes."},
    {"getallocatedblocks", sys_getallocatedblocks, METH_NOARGS,
     "getallocatedblocks($module, /)\n--\n\nReturn the number of memory blocks currently "
     "allocated."},
    {"_debugmallocstats", sys_debugmallocstats, METH_NOARGS,
     "_debugmallocstats($module, /)\n--\n\nPrint summary info to stderr about the state of "
     "pymalloc's structures.\n\nIn Py_DEBUG mode, also perform some expensive internal "
     "consistency\nchecks."},
    {"getdefaultencoding", sys_getdefaultencoding, METH_NOARGS,
     "getdefaultencoding($module, /)\n--\n\nReturn the current default encoding used by the "
     "Unicode implementation."},
    {"getfilesystemencoding", sys_getdefaultencoding, METH_NOARGS,
     "getfilesystemencoding($module, /)\n--\n\nReturn the encoding used to convert Unicode "
     "filenames to OS filenames."},
    {"displayhook", sys_displayhook, METH_O,
     "displayhook($module, object, /)\n--\n\nPrint an object to sys.stdout and also save it in "
     "builtins._"},
    {"excepthook", (PyCFunction)(void (*)(void))sys_excepthook, METH_FASTCALL,
     "excepthook($module, exctype, value, traceback, /)\n--\n\nHandle an exception by "
     "displaying it with a traceback on sys.stderr."},
    {NULL, NULL, 0, NULL},
};

// ---- struct sequences -------------------------------------------------------------------------

static PyTypeObject VersionInfoType, FloatInfoType, IntInfoType, HashInfoType, FlagsType;

static PyStructSequence_Field version_info_fields[] = {
    {"major", "Major release number"},   {"minor", "Minor release number"},
    {"micro", "Patch release number"},   {"releaselevel", "'alpha', 'beta', 'candidate', or 'final'"},
    {"serial", "Serial release number"}, {NULL, NULL},
};
static PyStructSequence_Desc version_info_desc = {"sys.version_info", "Version information",
                                                  version_info_fields, 5};

static PyStructSequence_Field float_info_fields[] = {
    {"max", NULL}, {"max_exp", NULL}, {"max_10_exp", NULL}, {"min", NULL},
    {"min_exp", NULL}, {"min_10_exp", NULL}, {"dig", NULL}, {"mant_dig", NULL},
    {"epsilon", NULL}, {"radix", NULL}, {"rounds", NULL}, {NULL, NULL},
};
static PyStructSequence_Desc float_info_desc = {"sys.float_info", NULL, float_info_fields, 11};

static PyStructSequence_Field int_info_fields[] = {
    {"bits_per_digit", NULL}, {"sizeof_digit", NULL}, {"default_max_str_digits", NULL},
    {"str_digits_check_threshold", NULL}, {NULL, NULL},
};
static PyStructSequence_Desc int_info_desc = {"sys.int_info", NULL, int_info_fields, 4};

static PyStructSequence_Field hash_info_fields[] = {
    {"width", NULL}, {"modulus", NULL}, {"inf", NULL}, {"nan", NULL}, {"imag", NULL},
    {"algorithm", NULL}, {"hash_bits", NULL}, {"seed_bits", NULL}, {"cutoff", NULL},
    {NULL, NULL},
};
static PyStructSequence_Desc hash_info_desc = {"sys.hash_info", NULL, hash_info_fields, 9};

static PyStructSequence_Field flags_fields[] = {
    {"debug", NULL}, {"inspect", NULL}, {"interactive", NULL}, {"optimize", NULL},
    {"dont_write_bytecode", NULL}, {"no_user_site", NULL}, {"no_site", NULL},
    {"ignore_environment", NULL}, {"verbose", NULL}, {"bytes_warning", NULL}, {"quiet", NULL},
    {"hash_randomization", NULL}, {"isolated", NULL}, {"dev_mode", NULL}, {"utf8_mode", NULL},
    {"warn_default_encoding", NULL}, {"safe_path", NULL}, {"int_max_str_digits", NULL},
    {NULL, NULL},
};
static PyStructSequence_Desc flags_desc = {"sys.flags", NULL, flags_fields, 18};

// A struct sequence of `type` from a Py_BuildValue-like list of objects (stolen; NULL
// aborts with the pending error).
static PyObject *
make_seq(PyTypeObject *type, PyStructSequence_Desc *desc, int n, PyObject **items)
{
    if (!PyType_HasFeature(type, Py_TPFLAGS_READY) && PyStructSequence_InitType2(type, desc) < 0)
        goto fail;
    for (int i = 0; i < n; i++) {
        if (items[i] == NULL)
            goto fail;
    }
    PyObject *s = PyStructSequence_New(type);
    if (s == NULL)
        goto fail;
    for (int i = 0; i < n; i++)
        PyStructSequence_SetItem(s, i, items[i]);
    return s;
fail:
    for (int i = 0; i < n; i++)
        Py_XDECREF(items[i]);
    return NULL;
}

static PyObject *
make_version_info(long major, long minor, long micro, const char *level, long serial)
{
    PyObject *items[5] = {PyLong_FromLong(major), PyLong_FromLong(minor), PyLong_FromLong(micro),
                          PyUnicode_FromString(level), PyLong_FromLong(serial)};
    return make_seq(&VersionInfoType, &version_info_desc, 5, items);
}

static PyObject *
make_float_info(void)
{
    PyObject *items[11] = {
        PyFloat_FromDouble(DBL_MAX),     PyLong_FromLong(DBL_MAX_EXP),
        PyLong_FromLong(DBL_MAX_10_EXP), PyFloat_FromDouble(DBL_MIN),
        PyLong_FromLong(DBL_MIN_EXP),    PyLong_FromLong(DBL_MIN_10_EXP),
        PyLong_FromLong(DBL_DIG),        PyLong_FromLong(DBL_MANT_DIG),
        PyFloat_FromDouble(DBL_EPSILON), PyLong_FromLong(FLT_RADIX),
        PyLong_FromLong(FLT_ROUNDS),
    };
    return make_seq(&FloatInfoType, &float_info_desc, 11, items);
}

// CPython's values: programs that print sys.int_info see what CPython 3.11 shows.
static PyObject *
make_int_info(void)
{
    PyObject *items[4] = {PyLong_FromLong(30), PyLong_FromLong(4),
                          PyLong_FromLong(RT_INT_MAX_STR_DIGITS_DEFAULT),
                          PyLong_FromLong(RT_INT_MAX_STR_DIGITS_THRESHOLD)};
    return make_seq(&IntInfoType, &int_info_desc, 4, items);
}

static PyObject *
make_hash_info(void)
{
    PyObject *items[9] = {
        PyLong_FromLong(64),          PyLong_FromUnsignedLongLong(PyHASH_MODULUS),
        PyLong_FromLong(PyHASH_INF),  PyLong_FromLong(0),
        PyLong_FromLong(PyHASH_IMAG), PyUnicode_FromString("siphash13"),
        PyLong_FromLong(64),          PyLong_FromLong(128),
        PyLong_FromLong(0),
    };
    return make_seq(&HashInfoType, &hash_info_desc, 9, items);
}

static PyObject *
make_flags(void)
{
    PyObject *items[18];
    for (int i = 0; i < 18; i++)
        items[i] = PyLong_FromLong(0);
    Py_SETREF(items[13], Py_NewRef(Py_False)); // dev_mode
    Py_SETREF(items[14], PyLong_FromLong(1));  // utf8_mode: Krait's text is always UTF-8
    Py_SETREF(items[16], Py_NewRef(Py_False)); // safe_path
    Py_SETREF(items[17], PyLong_FromLong(int_max_str_digits_option));
    return make_seq(&FlagsType, &flags_desc, 18, items);
}

static PyObject *
make_implementation(void)
{
    PyObject *d = PyDict_New();
    if (d == NULL)
        return NULL;
    PyObject *name = PyUnicode_FromString("krait");
    PyObject *version = make_version_info(0, 1, 0, "alpha", 0);
    PyObject *hex = PyLong_FromLong(0x000100a0);
    int err = name == NULL || version == NULL || hex == NULL ||
              PyDict_SetItemString(d, "name", name) < 0 ||
              PyDict_SetItemString(d, "cache_tag", Py_None) < 0 ||
              PyDict_SetItemString(d, "version", version) < 0 ||
              PyDict_SetItemString(d, "hexversion", hex) < 0;
    Py_XDECREF(name);
    Py_XDECREF(version);
    Py_XDECREF(hex);
    PyObject *ns = err ? NULL : rt_namespace_new(d);
    Py_DECREF(d);
    return ns;
}

// sys.path before the script's directory goes first: the library written in Python.
static PyObject *
lib_path(void)
{
    PyObject *dir = PyUnicode_FromString(KRAIT_LIB_DIR);
    PyObject *path = dir != NULL ? PyList_New(1) : NULL;
    if (path != NULL)
        PyList_SET_ITEM(path, 0, dir);
    else
        Py_XDECREF(dir);
    return path;
}

// ---- the module -------------------------------------------------------------------------------

// The path of the running executable, or "" when the system cannot tell.
static PyObject *
executable_path(void)
{
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    return PyUnicode_DecodeUTF8(buf, n > 0 ? (Py_ssize_t)n : 0, "surrogateescape");
}

static PyObject *
builtin_module_names(void)
{
    static const char *const names[] = {"builtins", "math", "sys", "time"};
    PyObject *t = PyTuple_New(4);
    for (int i = 0; t != NULL && i < 4; i++) {
        PyObject *s = PyUnicode_FromString(names[i]);
        if (s == NULL)
            Py_CLEAR(t);
        else
            PyTuple_SET_ITEM(t, i, s);
    }
    return t;
}

// name = value in the namespace, consuming value (NULL: the pending error).
static int
set_steal(PyObject *d, const char *name, PyObject *value)
{
    if (value == NULL)
        return -1;
    int r = PyDict_SetItemString(d, name, value);
    Py_DECREF(value);
    return r;
}

static int
add_streams(PyObject *d)
{
    static const struct {
        const char *name, *dunder, *label, *mode, *errors;
        int fd;
    } streams[3] = {
        {"stdin", "__stdin__", "<stdin>", "r", "strict", 0},
        {"stdout", "__stdout__", "<stdout>", "w", "strict", 1},
        {"stderr", "__stderr__", "<stderr>", "w", "backslashreplace", 2},
    };
    FILE *files[3] = {stdin, stdout, stderr};
    if (PyType_Ready(&VmTextIO_Type) < 0)
        return -1;
    for (int i = 0; i < 3; i++) {
        PyObject *f = vm_textio_new(files[i], streams[i].label, streams[i].mode,
                                    streams[i].errors, 0);
        if (f == NULL || PyDict_SetItemString(d, streams[i].name, f) < 0 ||
            PyDict_SetItemString(d, streams[i].dunder, f) < 0) {
            Py_XDECREF(f);
            return -1;
        }
        Py_DECREF(f);
    }
    return 0;
}

static int
add_values(PyObject *d)
{
    if (set_steal(d, "argv", PyList_New(0)) < 0 || set_steal(d, "path", lib_path()) < 0 ||
        PyDict_SetItemString(d, "modules", vm_import_modules()) < 0 ||
        set_steal(d, "maxsize", PyLong_FromSsize_t(PY_SSIZE_T_MAX)) < 0 ||
        set_steal(d, "maxunicode", PyLong_FromLong(0x10ffff)) < 0 ||
        set_steal(d, "version", PyUnicode_FromString(PY_VERSION " (krait " KRAIT_VERSION ")")) < 0 ||
        set_steal(d, "version_info", make_version_info(3, 11, 7, "final", 0)) < 0 ||
        set_steal(d, "hexversion", PyLong_FromLong(PY_HEXVERSION)) < 0 ||
        set_steal(d, "api_version", PyLong_FromLong(1013)) < 0 ||
        set_steal(d, "implementation", make_implementation()) < 0 ||
        set_steal(d, "platform", PyUnicode_FromString("linux")) < 0 ||
        set_steal(d, "byteorder", PyUnicode_FromString("little")) < 0 ||
        set_steal(d, "executable", executable_path()) < 0 ||
        set_steal(d, "prefix", PyUnicode_FromString("/usr/local")) < 0 ||
        set_steal(d, "exec_prefix", PyUnicode_FromString("/usr/local")) < 0 ||
        set_steal(d, "float_info", make_float_info()) < 0 ||
        set_steal(d, "int_info", make_int_info()) < 0 ||
        set_steal(d, "hash_info", make_hash_info()) < 0 ||
        set_steal(d, "flags", make_flags()) < 0 ||
        set_steal(d, "float_repr_style", PyUnicode_FromString("short")) < 0 ||
        set_steal(d, "builtin_module_names", builtin_module_names()) < 0 ||
        set_steal(d, "warnoptions", PyList_New(0)) < 0 ||
        set_steal(d, "meta_path", PyList_New(0)) < 0 ||
        set_steal(d, "path_hooks", PyList_New(0)) < 0 ||
        set_steal(d, "path_importer_cache", PyDict_New()) < 0 ||
        set_steal(d, "_xoptions", PyDict_New()) < 0 ||
        PyDict_SetItemString(d, "dont_write_bytecode", Py_True) < 0)
        return -1;
    // The hooks as installed, for programs that restore them.
    PyObject *hook = PyDict_GetItemString(d, "displayhook");
    PyObject *ehook = PyDict_GetItemString(d, "excepthook");
    if (hook == NULL || ehook == NULL || PyDict_SetItemString(d, "__displayhook__", hook) < 0 ||
        PyDict_SetItemString(d, "__excepthook__", ehook) < 0)
        return -1;
    PyObject *uhook = PyCFunction_NewEx(&vm_sys_unraisablehook_def, NULL,
                                        PyUnicode_InternFromString("sys"));
    if (uhook == NULL || PyDict_SetItemString(d, "unraisablehook", uhook) < 0 ||
        PyDict_SetItemString(d, "__unraisablehook__", uhook) < 0) {
        Py_XDECREF(uhook);
        return -1;
    }
    Py_DECREF(uhook);
    return add_streams(d);
}

PyObject *
vm_sys_module(void)
{
    if (sys_module != NULL)
        return sys_module;
    PyObject *m = rt_module_create(
        "sys", sys_methods,
        "This module provides access to some objects used or maintained by the\ninterpreter "
        "and to functions that interact strongly with the interpreter.");
    if (m == NULL)
        return NULL;
    if (add_values(PyModule_GetDict(m)) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    sys_module = m;
    return m;
}

int
vm_sys_set_argv(int argc, char *const *argv, const char *path0)
{
    PyObject *m = vm_sys_module();
    if (m == NULL)
        return -1;
    PyObject *list = PyList_New(0);
    for (int i = 0; list != NULL && i < argc; i++) {
        PyObject *s = PyUnicode_DecodeUTF8(argv[i], (Py_ssize_t)strlen(argv[i]),
                                           "surrogateescape");
        if (s == NULL || PyList_Append(list, s) < 0)
            Py_CLEAR(list);
        Py_XDECREF(s);
    }
    if (set_steal(PyModule_GetDict(m), "argv", list) < 0)
        return -1;
    if (path0 == NULL)
        return 0;
    PyObject *path = PyDict_GetItemString(PyModule_GetDict(m), "path");
    PyObject *p0 = PyUnicode_DecodeUTF8(path0, (Py_ssize_t)strlen(path0), "surrogateescape");
    int r = p0 != NULL && path != NULL && PyList_Check(path) ? PyList_Insert(path, 0, p0) : -1;
    Py_XDECREF(p0);
    return r;
}

void
vm_sys_fini(void)
{
    if (sys_module == NULL)
        return;
    vm_sys_flush_std();
    PyDict_Clear(PyModule_GetDict(sys_module));
    Py_CLEAR(sys_module);
}
