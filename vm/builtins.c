// builtins.c: the builtins module: its table, constants, types and exception classes, and
// the functions of one object (len, repr, hash, id, chr, ord, hex ..., attribute access,
// isinstance, iter, next). Numeric builtins are in builtins_num.c, print and input in
// builtins_io.c, exec/eval/compile/__build_class__/__import__ in builtins_exec.c, and the
// zip/map/filter types in builtins_iter.c.
#include "runtime/call.h"
#include "runtime/objects/complex.h"
#include "runtime/objects/enumerate.h"
#include "runtime/objects/format.h"
#include "runtime/objects/heaptype.h"
#include "runtime/objects/methodobject.h"
#include "runtime/objects/moduleobject.h"
#include "runtime/objects/range.h"
#include "runtime/objects/typeattr.h"
#include "vm/builtins.h"
#include "vm/builtins_internal.h"
#include "vm/ops.h"
#include "vm/vm.h"

// ---- one object -------------------------------------------------------------------------------

static PyObject *
builtin_len(PyObject *self, PyObject *o)
{
    Py_ssize_t n = PyObject_Size(o);
    return n < 0 ? NULL : PyLong_FromSsize_t(n);
}

static PyObject *
builtin_repr(PyObject *self, PyObject *o)
{
    return PyObject_Repr(o);
}

static PyObject *
builtin_ascii(PyObject *self, PyObject *o)
{
    return PyObject_ASCII(o);
}

static PyObject *
builtin_abs(PyObject *self, PyObject *o)
{
    return PyNumber_Absolute(o);
}

static PyObject *
builtin_hash(PyObject *self, PyObject *o)
{
    Py_hash_t h = PyObject_Hash(o);
    return h == -1 ? NULL : PyLong_FromSsize_t(h);
}

static PyObject *
builtin_id(PyObject *self, PyObject *o)
{
    return PyLong_FromUnsignedLongLong((unsigned long long)(uintptr_t)o);
}

static PyObject *
builtin_callable(PyObject *self, PyObject *o)
{
    return PyBool_FromLong(PyCallable_Check(o));
}

// all() and any(): stop at the first item whose truth is `stop_at`.
static PyObject *
all_any(PyObject *iterable, int stop_at)
{
    PyObject *it = PyObject_GetIter(iterable);
    if (it == NULL)
        return NULL;
    iternextfunc next = Py_TYPE(it)->tp_iternext;
    PyObject *item;
    int found = 0;
    while ((item = next(it)) != NULL) {
        int t = PyObject_IsTrue(item);
        Py_DECREF(item);
        if (t < 0) {
            Py_DECREF(it);
            return NULL;
        }
        if (t == stop_at) {
            found = 1;
            break;
        }
    }
    Py_DECREF(it);
    if (!found && PyErr_Occurred()) {
        if (!PyErr_ExceptionMatches(PyExc_StopIteration))
            return NULL;
        PyErr_Clear();
    }
    return PyBool_FromLong(found ? stop_at : !stop_at);
}

static PyObject *
builtin_all(PyObject *self, PyObject *o)
{
    return all_any(o, 0);
}

static PyObject *
builtin_any(PyObject *self, PyObject *o)
{
    return all_any(o, 1);
}

// bin(), oct() and hex(): the integer's digits with their prefix.
static PyObject *
int_in_base(PyObject *o, int base)
{
    PyObject *i = PyNumber_Index(o);
    if (i == NULL)
        return NULL;
    PyObject *r = rt_int_to_string(i, base, 1);
    Py_DECREF(i);
    return r;
}

static PyObject *
builtin_bin(PyObject *self, PyObject *o)
{
    return int_in_base(o, 2);
}

static PyObject *
builtin_oct(PyObject *self, PyObject *o)
{
    return int_in_base(o, 8);
}

static PyObject *
builtin_hex(PyObject *self, PyObject *o)
{
    return int_in_base(o, 16);
}

static PyObject *
builtin_chr(PyObject *self, PyObject *o)
{
    int overflow;
    long v = PyLong_AsLongAndOverflow(o, &overflow);
    if (v == -1 && PyErr_Occurred())
        return NULL;
    if (overflow || v > INT32_MAX || v < INT32_MIN) {
        PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
        return NULL;
    }
    if (v < 0 || v > 0x10ffff) {
        PyErr_SetString(PyExc_ValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    return PyUnicode_FromOrdinal((int)v);
}

static PyObject *
builtin_ord(PyObject *self, PyObject *o)
{
    Py_ssize_t n;
    if (PyUnicode_Check(o)) {
        n = PyUnicode_GET_LENGTH(o);
        if (n == 1)
            return PyLong_FromLong((long)PyUnicode_READ_CHAR(o, 0));
    } else if (PyBytes_Check(o) || PyByteArray_Check(o)) {
        n = Py_SIZE(o);
        if (n == 1)
            return PyLong_FromLong((unsigned char)(PyBytes_Check(o) ? PyBytes_AS_STRING(o)
                                                                    : PyByteArray_AS_STRING(o))[0]);
    } else {
        return PyErr_Format(PyExc_TypeError,
                            "ord() expected string of length 1, but %.200s found",
                            Py_TYPE(o)->tp_name);
    }
    return PyErr_Format(PyExc_TypeError,
                        "ord() expected a character, but string of length %zd found", n);
}

// ---- attributes -------------------------------------------------------------------------------

static PyObject *
builtin_getattr(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("getattr", nargs, 2, 3))
        return NULL;
    PyObject *name = args[1];
    if (!PyUnicode_Check(name))
        return PyErr_Format(PyExc_TypeError, "attribute name must be string, not '%.200s'",
                            rt_type_name(Py_TYPE(name)));
    if (nargs == 2)
        return PyObject_GetAttr(args[0], name);
    PyObject *r;
    if (rt_object_lookup_attr(args[0], name, &r) == 0)
        return Py_NewRef(args[2]);
    return r;
}

static PyObject *
builtin_setattr(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("setattr", nargs, 3, 3))
        return NULL;
    if (PyObject_SetAttr(args[0], args[1], args[2]) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
builtin_delattr(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("delattr", nargs, 2, 2))
        return NULL;
    if (PyObject_SetAttr(args[0], args[1], NULL) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
builtin_hasattr(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("hasattr", nargs, 2, 2))
        return NULL;
    PyObject *name = args[1];
    if (!PyUnicode_Check(name))
        return PyErr_Format(PyExc_TypeError, "attribute name must be string, not '%.200s'",
                            rt_type_name(Py_TYPE(name)));
    PyObject *v;
    int r = rt_object_lookup_attr(args[0], name, &v);
    if (r < 0)
        return NULL;
    Py_XDECREF(v);
    return PyBool_FromLong(r);
}

// ---- isinstance and issubclass ------------------------------------------------------------------

// cls.__bases__ if it is a tuple (what makes an object usable as a class): new reference or
// NULL (no error for "not a class").
static PyObject *
abstract_bases(PyObject *cls)
{
    PyObject *bases = NULL;
    PyObject *name = PyUnicode_InternFromString("__bases__");
    if (name == NULL || rt_object_lookup_attr(cls, name, &bases) < 0) {
        PyErr_Clear();
        return NULL;
    }
    if (bases != NULL && !PyTuple_Check(bases))
        Py_CLEAR(bases);
    return bases;
}

// derived is cls or inherits from it through __bases__ (for non-type classes).
static int
abstract_issubclass(PyObject *derived, PyObject *cls)
{
    for (;;) {
        if (derived == cls)
            return 1;
        PyObject *bases = abstract_bases(derived);
        if (bases == NULL)
            return PyErr_Occurred() ? -1 : 0;
        Py_ssize_t n = PyTuple_GET_SIZE(bases);
        if (n == 0) {
            Py_DECREF(bases);
            return 0;
        }
        if (n == 1) { // avoid recursion in the single inheritance case
            derived = PyTuple_GET_ITEM(bases, 0);
            Py_DECREF(bases);
            continue;
        }
        int r = 0;
        for (Py_ssize_t i = 0; i < n && r == 0; i++)
            r = abstract_issubclass(PyTuple_GET_ITEM(bases, i), cls);
        Py_DECREF(bases);
        return r;
    }
}

static int
check_class(PyObject *cls, const char *error)
{
    PyObject *bases = abstract_bases(cls);
    if (bases == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_TypeError, error);
        return 0;
    }
    Py_DECREF(bases);
    return 1;
}

static int
object_isinstance(PyObject *inst, PyObject *cls)
{
    PyObject *icls = NULL;
    PyObject *name = PyUnicode_InternFromString("__class__");
    if (PyType_Check(cls)) {
        if (PyObject_TypeCheck(inst, (PyTypeObject *)cls))
            return 1;
        if (rt_object_lookup_attr(inst, name, &icls) < 0)
            return -1;
        int r = icls != NULL && icls != (PyObject *)Py_TYPE(inst) && PyType_Check(icls) &&
                PyType_IsSubtype((PyTypeObject *)icls, (PyTypeObject *)cls);
        Py_XDECREF(icls);
        return r;
    }
    if (!check_class(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union"))
        return -1;
    if (rt_object_lookup_attr(inst, name, &icls) < 0)
        return -1;
    int r = icls != NULL ? abstract_issubclass(icls, cls) : 0;
    Py_XDECREF(icls);
    return r;
}

// Call cls.<hook>(arg) for __instancecheck__/__subclasscheck__: 1/0, -1 on error, -2 when
// cls has no such hook.
static int
call_check_hook(PyObject *cls, const char *hook, PyObject *arg)
{
    PyObject *checker = vm_lookup_special(cls, hook);
    if (checker == NULL)
        return PyErr_Occurred() ? -1 : -2;
    if (Py_EnterRecursiveCall(" in __instancecheck__")) {
        Py_DECREF(checker);
        return -1;
    }
    PyObject *res = PyObject_CallOneArg(checker, arg);
    Py_LeaveRecursiveCall();
    Py_DECREF(checker);
    if (res == NULL)
        return -1;
    int ok = PyObject_IsTrue(res);
    Py_DECREF(res);
    return ok;
}

int
PyObject_IsInstance(PyObject *inst, PyObject *cls)
{
    if (PyType_Check(cls) && Py_IS_TYPE(inst, (PyTypeObject *)cls))
        return 1;
    // type's own __instancecheck__ is object_isinstance (which honours a __class__ property).
    if (PyType_CheckExact(cls))
        return object_isinstance(inst, cls);
    if (PyTuple_Check(cls)) {
        if (Py_EnterRecursiveCall(" in __instancecheck__"))
            return -1;
        int r = 0;
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(cls) && r == 0; i++)
            r = PyObject_IsInstance(inst, PyTuple_GET_ITEM(cls, i));
        Py_LeaveRecursiveCall();
        return r;
    }
    int r = call_check_hook(cls, "__instancecheck__", inst);
    return r != -2 ? r : object_isinstance(inst, cls);
}

static int
recursive_issubclass(PyObject *derived, PyObject *cls)
{
    if (PyType_Check(cls) && PyType_Check(derived))
        return PyType_IsSubtype((PyTypeObject *)derived, (PyTypeObject *)cls);
    if (!check_class(derived, "issubclass() arg 1 must be a class") ||
        !check_class(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union"))
        return -1;
    return abstract_issubclass(derived, cls);
}

int
PyObject_IsSubclass(PyObject *derived, PyObject *cls)
{
    if (PyType_CheckExact(cls)) {
        if (derived == cls)
            return 1;
        return recursive_issubclass(derived, cls);
    }
    if (PyTuple_Check(cls)) {
        if (Py_EnterRecursiveCall(" in __subclasscheck__"))
            return -1;
        int r = 0;
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(cls) && r == 0; i++)
            r = PyObject_IsSubclass(derived, PyTuple_GET_ITEM(cls, i));
        Py_LeaveRecursiveCall();
        return r;
    }
    int r = call_check_hook(cls, "__subclasscheck__", derived);
    return r != -2 ? r : recursive_issubclass(derived, cls);
}

static PyObject *
builtin_isinstance(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("isinstance", nargs, 2, 2))
        return NULL;
    int r = PyObject_IsInstance(args[0], args[1]);
    return r < 0 ? NULL : PyBool_FromLong(r);
}

static PyObject *
builtin_issubclass(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("issubclass", nargs, 2, 2))
        return NULL;
    int r = PyObject_IsSubclass(args[0], args[1]);
    return r < 0 ? NULL : PyBool_FromLong(r);
}

// ---- iteration --------------------------------------------------------------------------------

static PyObject *
builtin_iter(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("iter", nargs, 1, 2))
        return NULL;
    if (nargs == 1)
        return PyObject_GetIter(args[0]);
    if (!PyCallable_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "iter(v, w): v must be callable");
        return NULL;
    }
    return PyCallIter_New(args[0], args[1]);
}

static PyObject *
builtin_next(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("next", nargs, 1, 2))
        return NULL;
    PyObject *it = args[0];
    if (!PyIter_Check(it))
        return PyErr_Format(PyExc_TypeError, "'%.200s' object is not an iterator",
                            rt_type_name(Py_TYPE(it)));
    PyObject *r = Py_TYPE(it)->tp_iternext(it);
    if (r != NULL)
        return r;
    if (PyErr_Occurred()) {
        if (nargs == 1 || !PyErr_ExceptionMatches(PyExc_StopIteration))
            return NULL;
        PyErr_Clear();
    }
    if (nargs == 2)
        return Py_NewRef(args[1]);
    PyErr_SetNone(PyExc_StopIteration);
    return NULL;
}

// ---- exit and quit (site's Quitter in CPython) --------------------------------------------------

// exit(code=None) / quit(code=None): close sys.stdin, then raise SystemExit(code).
static PyObject *
quitter(const char *name, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional(name, nargs, 0, 1))
        return NULL;
    PyObject *in = vm_sys_get("stdin"), *close = PyUnicode_InternFromString("close");
    if (in != NULL && in != Py_None && close != NULL) {
        PyObject *r = PyObject_CallMethodNoArgs(in, close);
        if (r == NULL)
            PyErr_Clear();
        Py_XDECREF(r);
    }
    PyErr_SetObject(PyExc_SystemExit, nargs == 0 || args[0] == Py_None ? NULL : args[0]);
    return NULL;
}

static PyObject *
builtin_exit(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return quitter("exit", args, nargs);
}

static PyObject *
builtin_quit(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return quitter("quit", args, nargs);
}

// ---- format -----------------------------------------------------------------------------------

static PyObject *
builtin_format(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("format", nargs, 1, 2))
        return NULL;
    if (nargs == 2 && !PyUnicode_Check(args[1]))
        return PyErr_Format(PyExc_TypeError, "format() argument 2 must be str, not %.200s",
                            args[1] == Py_None ? "None" : rt_type_name(Py_TYPE(args[1])));
    return PyObject_Format(args[0], nargs == 2 ? args[1] : NULL);
}

// ---- the module -------------------------------------------------------------------------------

#define B_O(name, doc) {#name, (PyCFunction)builtin_##name, METH_O, doc}
#define B_FAST(name, doc) {#name, (PyCFunction)(void (*)(void))builtin_##name, METH_FASTCALL, doc}
#define B_KW(name, doc)                                                                        \
    {#name, (PyCFunction)(void (*)(void))vm_builtin_##name, METH_FASTCALL | METH_KEYWORDS, doc}
#define B_X(name, flags, doc) {#name, (PyCFunction)(void (*)(void))vm_builtin_##name, flags, doc}

static PyMethodDef builtin_methods[] = {
    B_KW(__build_class__, "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\n"
                          "Internal helper function used by the class statement."),
    B_KW(__import__, "__import__(name, globals=None, locals=None, fromlist=(), level=0) -> "
                     "module\n\nImport a module."),
    B_O(abs, "abs($module, x, /)\n--\n\nReturn the absolute value of the argument."),
    B_X(aiter, METH_O, "aiter($module, async_iterable, /)\n--\n\nReturn an AsyncIterator for "
                       "an AsyncIterable object."),
    B_O(all, "all($module, iterable, /)\n--\n\nReturn True if bool(x) is True for all values x in "
             "the iterable."),
    B_X(anext, METH_FASTCALL, "anext(aiterator[, default])\n\nReturn the next item from the "
                              "async iterator."),
    B_O(any, "any($module, iterable, /)\n--\n\nReturn True if bool(x) is True for any x in the "
             "iterable."),
    B_O(ascii, "ascii($module, obj, /)\n--\n\nReturn an ASCII-only representation of an "
               "object."),
    B_O(bin, "bin($module, number, /)\n--\n\nReturn the binary representation of an integer."),
    B_O(callable, "callable($module, obj, /)\n--\n\nReturn whether the object is callable "
                  "(i.e., some kind of function)."),
    B_O(chr, "chr($module, i, /)\n--\n\nReturn a Unicode string of one character with ordinal "
             "i; 0 <= i <= 0x10ffff."),
    B_KW(compile, "compile($module, /, source, filename, mode, flags=0,\n        "
                  "dont_inherit=False, optimize=-1, *, _feature_version=-1)\n--\n\nCompile "
                  "source into a code object that can be executed by exec() or eval()."),
    B_FAST(delattr, "delattr($module, obj, name, /)\n--\n\nDeletes the named attribute from the "
                    "given object."),
    B_X(dir, METH_FASTCALL, "dir([object]) -> list of strings"),
    B_X(divmod, METH_FASTCALL, "divmod($module, x, y, /)\n--\n\nReturn the tuple (x//y, x%y)."),
    B_X(eval, METH_FASTCALL, "eval($module, source, globals=None, locals=None, /)\n--\n\n"
                             "Evaluate the given source in the context of globals and locals."),
    B_FAST(exit, "exit(code=None)\n\nExit the interpreter by raising SystemExit(code)."),
    B_KW(exec, "exec($module, source, globals=None, locals=None, /, *, closure=None)\n--\n\n"
               "Execute the given source in the context of globals and locals."),
    B_FAST(format, "format($module, value, format_spec='', /)\n--\n\nReturn value.__format__"
                   "(format_spec)."),
    B_FAST(getattr, "getattr(object, name[, default]) -> value"),
    B_X(globals, METH_NOARGS, "globals($module, /)\n--\n\nReturn the dictionary containing the "
                              "current scope's global variables."),
    B_FAST(hasattr, "hasattr($module, obj, name, /)\n--\n\nReturn whether the object has an "
                    "attribute with the given name."),
    B_O(hash, "hash($module, obj, /)\n--\n\nReturn the hash value for the given object."),
    B_O(hex, "hex($module, number, /)\n--\n\nReturn the hexadecimal representation of an "
             "integer."),
    B_O(id, "id($module, obj, /)\n--\n\nReturn the identity of an object."),
    B_X(input, METH_FASTCALL, "input($module, prompt='', /)\n--\n\nRead a string from standard "
                              "input.  The trailing newline is stripped."),
    B_FAST(isinstance, "isinstance($module, obj, class_or_tuple, /)\n--\n\nReturn whether an "
                       "object is an instance of a class or of a subclass thereof."),
    B_FAST(issubclass, "issubclass($module, cls, class_or_tuple, /)\n--\n\nReturn whether 'cls' "
                       "is derived from another class or is the same class."),
    B_FAST(iter, "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator"),
    B_O(len, "len($module, obj, /)\n--\n\nReturn the number of items in a container."),
    B_X(locals, METH_NOARGS, "locals($module, /)\n--\n\nReturn a dictionary containing the "
                             "current scope's local variables."),
    B_KW(max, "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, "
              "*[, key=func]) -> value"),
    B_KW(min, "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, "
              "*[, key=func]) -> value"),
    B_FAST(next, "next(iterator[, default])"),
    B_O(oct, "oct($module, number, /)\n--\n\nReturn the octal representation of an integer."),
    B_KW(open, "open($module, /, file, mode='r', buffering=-1, encoding=None,\n     errors=None, "
               "newline=None, closefd=True, opener=None)\n--\n\nOpen file and return a stream."),
    B_O(ord, "ord($module, c, /)\n--\n\nReturn the Unicode code point for a one-character "
             "string."),
    B_KW(pow, "pow($module, /, base, exp, mod=None)\n--\n\nEquivalent to base**exp with 2 "
              "arguments or base**exp % mod with 3 arguments"),
    B_KW(print, "print(value, ..., sep=' ', end='\\n', file=sys.stdout, flush=False)\n\nPrints "
                "the values to a stream, or to sys.stdout by default."),
    B_O(repr, "repr($module, obj, /)\n--\n\nReturn the canonical string representation of the "
              "object."),
    B_KW(round, "round($module, /, number, ndigits=None)\n--\n\nRound a number to a given "
                "precision in decimal digits."),
    B_FAST(quit, "quit(code=None)\n\nExit the interpreter by raising SystemExit(code)."),
    B_FAST(setattr, "setattr($module, obj, name, value, /)\n--\n\nSets the named attribute on "
                    "the given object to the specified value."),
    B_KW(sorted, "sorted($module, iterable, /, *, key=None, reverse=False)\n--\n\nReturn a new "
                 "list containing all items from the iterable in ascending order."),
    B_KW(sum, "sum($module, iterable, /, start=0)\n--\n\nReturn the sum of a 'start' value "
              "(default: 0) plus an iterable of numbers"),
    B_X(vars, METH_FASTCALL, "vars([object]) -> dictionary"),
    {NULL, NULL, 0, NULL},
};

static const struct {
    const char *name;
    PyTypeObject *type;
} builtin_types[] = {
    {"bool", &PyBool_Type},         {"bytes", &PyBytes_Type},
    {"bytearray", &PyByteArray_Type}, {"memoryview", &PyMemoryView_Type},
    {"classmethod", &PyClassMethod_Type},
    {"complex", &PyComplex_Type},   {"dict", &PyDict_Type},
    {"enumerate", &PyEnum_Type},    {"filter", &PyFilter_Type},
    {"float", &PyFloat_Type},       {"frozenset", &PyFrozenSet_Type},
    {"int", &PyLong_Type},          {"list", &PyList_Type},
    {"map", &PyMap_Type},           {"object", &PyBaseObject_Type},
    {"property", &PyProperty_Type},
    {"range", &PyRange_Type},       {"reversed", &PyReversed_Type},
    {"set", &PySet_Type},           {"slice", &PySlice_Type},
    {"staticmethod", &PyStaticMethod_Type},
    {"str", &PyUnicode_Type},       {"super", &PySuper_Type},
    {"tuple", &PyTuple_Type},
    {"type", &PyType_Type},         {"zip", &PyZip_Type},
};

// Put the types, constants and exception classes into the module's namespace.
static int
add_names(PyObject *m)
{
    for (size_t i = 0; i < sizeof builtin_types / sizeof builtin_types[0]; i++) {
        if (PyModule_AddObjectRef(m, builtin_types[i].name, (PyObject *)builtin_types[i].type) < 0)
            return -1;
    }
#define EXC(name, base, layout, doc)                                                           \
    if (PyModule_AddObjectRef(m, #name, PyExc_##name) < 0)                                     \
        return -1;
#include "runtime/objects/exc.def"
#undef EXC
    if (PyModule_AddObjectRef(m, "EnvironmentError", PyExc_OSError) < 0 ||
        PyModule_AddObjectRef(m, "IOError", PyExc_OSError) < 0 ||
        PyModule_AddObjectRef(m, "None", Py_None) < 0 ||
        PyModule_AddObjectRef(m, "Ellipsis", Py_Ellipsis) < 0 ||
        PyModule_AddObjectRef(m, "NotImplemented", Py_NotImplemented) < 0 ||
        PyModule_AddObjectRef(m, "False", Py_False) < 0 ||
        PyModule_AddObjectRef(m, "True", Py_True) < 0 ||
        PyModule_AddObjectRef(m, "__debug__", Py_True) < 0)
        return -1;
    return 0;
}

static PyObject *builtins_module;
static PyObject *builtins_copy; // the namespace as made, restored at exit for destructors

PyObject *
vm_builtins_module(void)
{
    if (builtins_module != NULL)
        return builtins_module;
    if (vm_init() < 0)
        return NULL;
    PyObject *m = rt_module_create(
        "builtins", builtin_methods,
        "Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' "
        "object; Ellipsis represents `...' in slices.");
    if (m == NULL)
        return NULL;
    if (add_names(m) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    builtins_copy = PyDict_Copy(PyModule_GetDict(m));
    if (builtins_copy == NULL) {
        Py_DECREF(m);
        return NULL;
    }
    builtins_module = m;
    return m;
}

void
vm_builtins_restore(void)
{
    if (builtins_module == NULL || builtins_copy == NULL)
        return;
    PyObject *d = PyModule_GetDict(builtins_module);
    // Keep what the program put there alive until the original names are back, so that
    // destructors of those values still find `print`.
    PyObject *current = PyDict_Copy(d);
    if (current == NULL)
        PyErr_WriteUnraisable(NULL);
    PyDict_Clear(d);
    if (PyDict_Update(d, builtins_copy) < 0)
        PyErr_WriteUnraisable(NULL);
    Py_XDECREF(current);
}

void
vm_builtins_fini(void)
{
    vm_import_fini();
    vm_sys_fini();
    Py_CLEAR(builtins_copy);
    if (builtins_module != NULL) {
        // The namespace refers to the module's functions, which refer back to the module.
        PyDict_Clear(PyModule_GetDict(builtins_module));
        Py_CLEAR(builtins_module);
    }
}
