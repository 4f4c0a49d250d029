// ops.c: instruction semantics shared by the interpreter and the JIT: operators, unpacking,
// f-string formatting, building containers, calls with * and **, name lookup, with.
// Raising and chaining exceptions are in ops_exc.c, imports in ops_import.c.
#include <stdio.h>
#include <string.h>
#include "runtime/call.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/format.h"
#include "runtime/objects/func.h"
#include "runtime/objects/typeattr.h"
#include "vm/ops.h"

// ---- operators ------------------------------------------------------------------------------

static PyObject *
power_no_mod(PyObject *a, PyObject *b)
{
    return PyNumber_Power(a, b, Py_None);
}

static PyObject *
inplace_power_no_mod(PyObject *a, PyObject *b)
{
    return PyNumber_InPlacePower(a, b, Py_None);
}

static const binaryfunc binary_ops[VM_NB_COUNT] = {
    [VM_NB_ADD] = PyNumber_Add,
    [VM_NB_AND] = PyNumber_And,
    [VM_NB_FLOOR_DIVIDE] = PyNumber_FloorDivide,
    [VM_NB_LSHIFT] = PyNumber_Lshift,
    [VM_NB_MATRIX_MULTIPLY] = PyNumber_MatrixMultiply,
    [VM_NB_MULTIPLY] = PyNumber_Multiply,
    [VM_NB_REMAINDER] = PyNumber_Remainder,
    [VM_NB_OR] = PyNumber_Or,
    [VM_NB_POWER] = power_no_mod,
    [VM_NB_RSHIFT] = PyNumber_Rshift,
    [VM_NB_SUBTRACT] = PyNumber_Subtract,
    [VM_NB_TRUE_DIVIDE] = PyNumber_TrueDivide,
    [VM_NB_XOR] = PyNumber_Xor,
    [VM_NB_INPLACE_ADD] = PyNumber_InPlaceAdd,
    [VM_NB_INPLACE_AND] = PyNumber_InPlaceAnd,
    [VM_NB_INPLACE_FLOOR_DIVIDE] = PyNumber_InPlaceFloorDivide,
    [VM_NB_INPLACE_LSHIFT] = PyNumber_InPlaceLshift,
    [VM_NB_INPLACE_MATRIX_MULTIPLY] = PyNumber_InPlaceMatrixMultiply,
    [VM_NB_INPLACE_MULTIPLY] = PyNumber_InPlaceMultiply,
    [VM_NB_INPLACE_REMAINDER] = PyNumber_InPlaceRemainder,
    [VM_NB_INPLACE_OR] = PyNumber_InPlaceOr,
    [VM_NB_INPLACE_POWER] = inplace_power_no_mod,
    [VM_NB_INPLACE_RSHIFT] = PyNumber_InPlaceRshift,
    [VM_NB_INPLACE_SUBTRACT] = PyNumber_InPlaceSubtract,
    [VM_NB_INPLACE_TRUE_DIVIDE] = PyNumber_InPlaceTrueDivide,
    [VM_NB_INPLACE_XOR] = PyNumber_InPlaceXor,
};

// Machine-word arithmetic for two small ints; NULL (no error) when the result needs the
// general path (overflow, division, negative shifts).
static PyObject *
small_int_op(int oparg, int64_t x, int64_t y)
{
    int64_t r;
    switch (oparg) {
    case VM_NB_ADD:
    case VM_NB_INPLACE_ADD:
        if (__builtin_add_overflow(x, y, &r))
            return NULL;
        break;
    case VM_NB_SUBTRACT:
    case VM_NB_INPLACE_SUBTRACT:
        if (__builtin_sub_overflow(x, y, &r))
            return NULL;
        break;
    case VM_NB_MULTIPLY:
    case VM_NB_INPLACE_MULTIPLY:
        if (__builtin_mul_overflow(x, y, &r))
            return NULL;
        break;
    case VM_NB_AND:
    case VM_NB_INPLACE_AND:
        r = x & y;
        break;
    case VM_NB_OR:
    case VM_NB_INPLACE_OR:
        r = x | y;
        break;
    case VM_NB_XOR:
    case VM_NB_INPLACE_XOR:
        r = x ^ y;
        break;
    case VM_NB_FLOOR_DIVIDE:
    case VM_NB_INPLACE_FLOOR_DIVIDE:
    case VM_NB_REMAINDER:
    case VM_NB_INPLACE_REMAINDER: {
        if (y == 0 || (x == INT64_MIN && y == -1))
            return NULL; // the general path raises or makes the big int
        // C truncates toward zero; Python floors, so the remainder takes the divisor's sign.
        int64_t q = x / y, m = x % y;
        if (m != 0 && ((m < 0) != (y < 0))) {
            q--;
            m += y;
        }
        r = (oparg == VM_NB_FLOOR_DIVIDE || oparg == VM_NB_INPLACE_FLOOR_DIVIDE) ? q : m;
        break;
    }
    case VM_NB_TRUE_DIVIDE:
    case VM_NB_INPLACE_TRUE_DIVIDE:
        // Both exact as doubles: one IEEE division is the correctly rounded quotient, as
        // CPython's int true division computes it.
        if (y == 0 || x > (1LL << 53) || x < -(1LL << 53) || y > (1LL << 53) || y < -(1LL << 53))
            return NULL;
        return PyFloat_FromDouble((double)x / (double)y);
    default:
        return NULL;
    }
    return PyLong_FromLongLong(r);
}

// Float arithmetic for two exact floats; NULL (no error) for the general path (division by
// zero, the other operators).
static PyObject *
float_op(int oparg, double x, double y)
{
    switch (oparg) {
    case VM_NB_ADD:
    case VM_NB_INPLACE_ADD:
        return PyFloat_FromDouble(x + y);
    case VM_NB_SUBTRACT:
    case VM_NB_INPLACE_SUBTRACT:
        return PyFloat_FromDouble(x - y);
    case VM_NB_MULTIPLY:
    case VM_NB_INPLACE_MULTIPLY:
        return PyFloat_FromDouble(x * y);
    case VM_NB_TRUE_DIVIDE:
    case VM_NB_INPLACE_TRUE_DIVIDE:
        return y != 0.0 ? PyFloat_FromDouble(x / y) : NULL;
    default:
        return NULL;
    }
}

// The value of an exact float, or of an exact machine-word int converted as float(int) would
// (a float mixed with an int is computed in floats); 0 when o is neither.
static inline int
as_float_operand(PyObject *o, double *v)
{
    if (PyFloat_CheckExact(o)) {
        *v = PyFloat_AS_DOUBLE(o);
        return 1;
    }
    if (PyLong_CheckExact(o) && rt_int_is_small(o)) {
        *v = (double)rt_int_small_value(o);
        return 1;
    }
    return 0;
}

PyObject *
vm_binary_op(int oparg, PyObject *a, PyObject *b)
{
    double x, y;
    if ((PyFloat_CheckExact(a) || PyFloat_CheckExact(b)) && as_float_operand(a, &x) &&
        as_float_operand(b, &y)) {
        PyObject *r = float_op(oparg, x, y);
        if (r != NULL || PyErr_Occurred())
            return r;
    }
    if (PyLong_CheckExact(a) && PyLong_CheckExact(b) && rt_int_is_small(a) && rt_int_is_small(b)) {
        PyObject *r = small_int_op(oparg, rt_int_small_value(a), rt_int_small_value(b));
        if (r != NULL || PyErr_Occurred())
            return r;
    }
    if ((unsigned)oparg >= VM_NB_COUNT) {
        PyErr_Format(PyExc_SystemError, "invalid BINARY_OP argument %d", oparg);
        return NULL;
    }
    return binary_ops[oparg](a, b);
}

PyObject *
vm_compare_op(int oparg, PyObject *a, PyObject *b)
{
    if (PyLong_CheckExact(a) && PyLong_CheckExact(b) && rt_int_is_small(a) && rt_int_is_small(b)) {
        int64_t x = rt_int_small_value(a), y = rt_int_small_value(b);
        Py_RETURN_RICHCOMPARE(x, y, oparg);
    }
    if (PyFloat_CheckExact(a) && PyFloat_CheckExact(b)) {
        double x = PyFloat_AS_DOUBLE(a), y = PyFloat_AS_DOUBLE(b);
        Py_RETURN_RICHCOMPARE(x, y, oparg);
    }
    return PyObject_RichCompare(a, b, oparg);
}

// ---- unpacking ------------------------------------------------------------------------------

int
vm_unpack_iterable(PyObject *v, int before, int after, PyObject **sp)
{
    int n = before + (after >= 0 ? 1 + after : 0);
    PyObject **top = sp + n;
    int stored = 0;
    PyObject *it = PyObject_GetIter(v);
    if (it == NULL) {
        if (PyErr_ExceptionMatches(PyExc_TypeError) && Py_TYPE(v)->tp_iter == NULL &&
            !PySequence_Check(v))
            PyErr_Format(PyExc_TypeError, "cannot unpack non-iterable %.200s object",
                         Py_TYPE(v)->tp_name);
        return -1;
    }
    for (; stored < before; stored++) {
        PyObject *w = PyIter_Next(it);
        if (w == NULL) {
            if (PyErr_Occurred())
                goto error;
            if (after < 0)
                PyErr_Format(PyExc_ValueError, "not enough values to unpack (expected %d, got %d)",
                             before, stored);
            else
                PyErr_Format(PyExc_ValueError,
                             "not enough values to unpack (expected at least %d, got %d)",
                             before + after, stored);
            goto error;
        }
        *--top = w;
    }
    if (after < 0) {
        PyObject *w = PyIter_Next(it);
        if (w == NULL) {
            if (PyErr_Occurred())
                goto error;
            Py_DECREF(it);
            return 0;
        }
        Py_DECREF(w);
        PyErr_Format(PyExc_ValueError, "too many values to unpack (expected %d)", before);
        goto error;
    }
    PyObject *rest = PySequence_List(it);
    if (rest == NULL)
        goto error;
    *--top = rest;
    stored++;
    Py_ssize_t len = PyList_GET_SIZE(rest);
    if (len < after) {
        PyErr_Format(PyExc_ValueError,
                     "not enough values to unpack (expected at least %d, got %zd)", before + after,
                     before + len);
        goto error;
    }
    // The trailing targets take the list's last items; the list gives up its references.
    for (int j = after; j > 0; j--, stored++)
        *--top = PyList_GET_ITEM(rest, len - j);
    Py_SET_SIZE(rest, len - after);
    Py_DECREF(it);
    return 0;
error:
    for (; stored > 0; stored--, top++)
        Py_DECREF(*top);
    Py_XDECREF(it);
    return -1;
}

// ---- formatting -----------------------------------------------------------------------------

PyObject *
vm_lookup_special(PyObject *o, const char *name)
{
    PyObject *s = PyUnicode_InternFromString(name);
    if (s == NULL)
        return NULL;
    PyObject *r = rt_type_lookup_special(o, s);
    Py_DECREF(s);
    return r;
}

PyObject *
vm_format_value(PyObject *value, int conversion, PyObject *spec)
{
    PyObject *converted;
    switch (conversion) {
    case 1:
        converted = PyObject_Str(value);
        break;
    case 2:
        converted = PyObject_Repr(value);
        break;
    case 3:
        converted = PyObject_ASCII(value);
        break;
    default:
        converted = Py_NewRef(value);
        break;
    }
    if (converted == NULL)
        return NULL;
    if (spec == NULL && PyUnicode_CheckExact(converted))
        return converted;
    PyObject *r = PyObject_Format(converted, spec);
    Py_DECREF(converted);
    return r;
}

PyObject *
vm_build_string(PyObject *const *pieces, Py_ssize_t n)
{
    Py_ssize_t len = 0;
    Py_UCS4 maxchar = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *s = pieces[i];
        len += PyUnicode_GET_LENGTH(s);
        // Strings are stored at their narrowest width, so a stand-in of the same width and
        // ASCII-ness is as good as the true maximum for PyUnicode_New.
        int kind = PyUnicode_KIND(s);
        Py_UCS4 top = kind == 1   ? (((PyUnicodeObject *)s)->ascii ? 0x7F : 0xFF)
                      : kind == 2 ? 0xFFFF
                                  : 0x10FFFF;
        if (top > maxchar)
            maxchar = top;
    }
    PyObject *r = PyUnicode_New(len, maxchar);
    if (r == NULL)
        return NULL;
    int rkind = PyUnicode_KIND(r);
    void *rdata = PyUnicode_DATA(r);
    Py_ssize_t pos = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *s = pieces[i];
        Py_ssize_t k = PyUnicode_GET_LENGTH(s);
        int kind = PyUnicode_KIND(s);
        const void *data = PyUnicode_DATA(s);
        if (kind == rkind) {
            memcpy((char *)rdata + pos * rkind, data, (size_t)k * (size_t)kind);
        } else {
            for (Py_ssize_t j = 0; j < k; j++)
                PyUnicode_WRITE(rkind, rdata, pos + j, PyUnicode_READ(kind, data, j));
        }
        pos += k;
    }
    return r;
}

// ---- containers -----------------------------------------------------------------------------

int
vm_list_extend(PyObject *list, PyObject *iterable)
{
    if (rt_list_extend(list, iterable) == 0)
        return 0;
    if (PyErr_ExceptionMatches(PyExc_TypeError) && Py_TYPE(iterable)->tp_iter == NULL &&
        !PySequence_Check(iterable))
        PyErr_Format(PyExc_TypeError, "Value after * must be an iterable, not %.200s",
                     Py_TYPE(iterable)->tp_name);
    return -1;
}

int
vm_dict_update(PyObject *dict, PyObject *update)
{
    if (PyDict_Update(dict, update) == 0)
        return 0;
    if (PyErr_ExceptionMatches(PyExc_AttributeError))
        PyErr_Format(PyExc_TypeError, "'%.200s' object is not a mapping", Py_TYPE(update)->tp_name);
    return -1;
}

// Turn the errors of merging f(**kwargs) into CPython's messages naming the function.
static void
format_kwargs_error(PyObject *func, PyObject *kwargs)
{
    if (PyErr_ExceptionMatches(PyExc_AttributeError)) {
        PyErr_Clear();
        PyObject *fs = rt_descr_function_str(func);
        if (fs != NULL) {
            PyErr_Format(PyExc_TypeError, "%U argument after ** must be a mapping, not %.200s", fs,
                         Py_TYPE(kwargs)->tp_name);
            Py_DECREF(fs);
        }
        return;
    }
    if (!PyErr_ExceptionMatches(PyExc_KeyError))
        return;
    PyObject *exc = PyErr_GetRaisedException();
    PyObject *args = rt_exc_args(exc);
    if (args != NULL && PyTuple_Check(args) && PyTuple_GET_SIZE(args) == 1) {
        PyObject *fs = rt_descr_function_str(func);
        if (fs != NULL) {
            PyErr_Format(PyExc_TypeError, "%U got multiple values for keyword argument '%S'", fs,
                         PyTuple_GET_ITEM(args, 0));
            Py_DECREF(fs);
        }
        Py_DECREF(exc);
        return;
    }
    PyErr_SetRaisedException(exc);
}

int
vm_dict_merge(PyObject *func, PyObject *dict, PyObject *update)
{
    if (rt_dict_update_ex(dict, update, 2) == 0)
        return 0;
    format_kwargs_error(func, update);
    return -1;
}

PyObject *
vm_call_function_ex(PyObject *func, PyObject *callargs, PyObject *kwargs)
{
    PyObject *kw = NULL;
    if (kwargs != NULL) {
        if (PyDict_CheckExact(kwargs)) {
            kw = Py_NewRef(kwargs);
        } else {
            kw = PyDict_New();
            if (kw == NULL)
                return NULL;
            if (rt_dict_update_ex(kw, kwargs, 2) < 0) {
                Py_DECREF(kw);
                format_kwargs_error(func, kwargs);
                return NULL;
            }
        }
    }
    PyObject *args;
    if (PyTuple_CheckExact(callargs)) {
        args = Py_NewRef(callargs);
    } else {
        if (Py_TYPE(callargs)->tp_iter == NULL && !PySequence_Check(callargs)) {
            PyObject *fs = rt_descr_function_str(func);
            if (fs != NULL) {
                PyErr_Format(PyExc_TypeError, "%U argument after * must be an iterable, not %.200s",
                             fs, Py_TYPE(callargs)->tp_name);
                Py_DECREF(fs);
            }
            Py_XDECREF(kw);
            return NULL;
        }
        args = PySequence_Tuple(callargs);
        if (args == NULL) {
            Py_XDECREF(kw);
            return NULL;
        }
    }
    PyObject *r;
    if (kw == NULL || PyDict_GET_SIZE(kw) == 0)
        r = rt_call_vector(func, ((PyTupleObject *)args)->ob_item, (size_t)PyTuple_GET_SIZE(args),
                           NULL);
    else
        r = PyObject_Call(func, args, kw);
    Py_DECREF(args);
    Py_XDECREF(kw);
    return r;
}

PyObject *
vm_build_map(PyObject *const *items, Py_ssize_t n)
{
    return rt_dict_from_items(items, 2, items + 1, 2, n);
}

PyObject *
vm_build_set(PyObject *const *items, Py_ssize_t n)
{
    PyObject *set = PySet_New(NULL);
    if (set == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (PySet_Add(set, items[i]) < 0) {
            Py_DECREF(set);
            return NULL;
        }
    }
    return set;
}

PyObject *
vm_build_const_key_map(PyObject *keys, PyObject *const *values, Py_ssize_t n)
{
    if (!PyTuple_CheckExact(keys) || PyTuple_GET_SIZE(keys) != n) {
        PyErr_SetString(PyExc_SystemError, "bad BUILD_CONST_KEY_MAP keys argument");
        return NULL;
    }
    return rt_dict_from_items(((PyTupleObject *)keys)->ob_item, 1, values, 1, n);
}

// ---- names ----------------------------------------------------------------------------------

void
vm_name_error(PyObject *exc_type, const char *fmt, PyObject *name)
{
    const char *s = PyUnicode_AsUTF8(name);
    if (s == NULL)
        return;
    PyErr_Format(exc_type, fmt, s);
    if (exc_type != PyExc_NameError)
        return;
    // The name lets the traceback printer offer "Did you mean ...?".
    PyObject *exc = rt_tstate()->current_exception;
    if (exc != NULL && PyErr_GivenExceptionMatches(exc, PyExc_NameError)) {
        PyNameErrorObject *ne = (PyNameErrorObject *)exc;
        if (ne->name == NULL)
            ne->name = Py_NewRef(name);
    }
}

#define NAME_ERROR_MSG "name '%.200s' is not defined"

void
vm_unbound_error(PyCodeObject *co, int oparg)
{
    if (PyErr_Occurred())
        return;
    PyObject *name = PyTuple_GET_ITEM(co->co_localsplusnames, oparg);
    unsigned char kind = (unsigned char)PyBytes_AS_STRING(co->co_localspluskinds)[oparg];
    if (kind & CO_FAST_FREE)
        vm_name_error(PyExc_NameError,
                      "cannot access free variable '%s' where it is not associated with a value"
                      " in enclosing scope",
                      name);
    else
        vm_name_error(PyExc_UnboundLocalError,
                      "cannot access local variable '%s' where it is not associated with a value",
                      name);
}

// mapping[name] as a new reference; NULL with no error when absent.
static PyObject *
lookup_in(PyObject *mapping, PyObject *name)
{
    if (PyDict_CheckExact(mapping)) {
        PyObject *v = rt_dict_get_item_known_hash(mapping, name, rt_str_hash(name));
        return Py_XNewRef(v);
    }
    PyObject *v = PyObject_GetItem(mapping, name);
    if (v == NULL && PyErr_ExceptionMatches(PyExc_KeyError))
        PyErr_Clear();
    return v;
}

// A cache of global-name lookups keyed by (globals, name) and guarded by the versions of
// both dicts. Dict versions come from one process-wide counter, so equal versions mean the
// very same dicts in the very same state: the borrowed value is still alive and current.
// (Pointers in stale entries are only compared, never followed.)
#define GLOBAL_CACHE_SIZE 1024

typedef struct {
    PyObject *globals, *builtins, *name;
    uint64_t globals_version, builtins_version;
    PyObject *value; // borrowed from globals or builtins
} GlobalCacheEntry;

static GlobalCacheEntry global_cache[GLOBAL_CACHE_SIZE];

static inline GlobalCacheEntry *
global_cache_entry(PyObject *globals, PyObject *name)
{
    uintptr_t h = ((uintptr_t)name >> 4) ^ ((uintptr_t)globals >> 6);
    return &global_cache[(h ^ (h >> 10)) & (GLOBAL_CACHE_SIZE - 1)];
}

static inline uint64_t
dict_version(PyObject *d)
{
    return ((PyDictObject *)d)->ma_version;
}

PyObject *
vm_load_global(PyObject *globals, PyObject *builtins, PyObject *name)
{
    int cacheable = PyDict_CheckExact(globals) && PyDict_CheckExact(builtins);
    GlobalCacheEntry *e = NULL;
    if (cacheable) {
        e = global_cache_entry(globals, name);
        if (e->name == name && e->globals == globals && e->builtins == builtins &&
            e->globals_version == dict_version(globals) &&
            e->builtins_version == dict_version(builtins))
            return Py_NewRef(e->value);
    }
    PyObject *v = lookup_in(globals, name);
    if (v == NULL && !PyErr_Occurred())
        v = lookup_in(builtins, name);
    if (v == NULL) {
        if (!PyErr_Occurred())
            vm_name_error(PyExc_NameError, NAME_ERROR_MSG, name);
        return NULL;
    }
    if (cacheable) {
        *e = (GlobalCacheEntry){
            globals, builtins, name, dict_version(globals), dict_version(builtins), v};
    }
    return v;
}

PyObject *
vm_load_name(PyObject *locals, PyObject *globals, PyObject *builtins, PyObject *name)
{
    if (locals == NULL) {
        PyErr_Format(PyExc_SystemError, "no locals when loading %R", name);
        return NULL;
    }
    PyObject *v = lookup_in(locals, name);
    if (v != NULL || PyErr_Occurred())
        return v;
    return vm_load_global(globals, builtins, name);
}

PyObject *
vm_load_classderef(Frame *f, int oparg)
{
    PyObject *name = PyTuple_GET_ITEM(f->code->co_localsplusnames, oparg);
    PyObject *v = lookup_in(f->locals, name);
    if (v != NULL || PyErr_Occurred())
        return v;
    v = PyCell_GET(f->localsplus[oparg]);
    if (v == NULL) {
        vm_unbound_error(f->code, oparg);
        return NULL;
    }
    return Py_NewRef(v);
}

int
vm_store_name(PyObject *locals, PyObject *name, PyObject *value)
{
    if (locals == NULL) {
        PyErr_Format(
            PyExc_SystemError,
            value != NULL ? "no locals found when storing %R" : "no locals when deleting %R", name);
        return -1;
    }
    if (value != NULL)
        return PyDict_CheckExact(locals) ? PyDict_SetItem(locals, name, value)
                                         : PyObject_SetItem(locals, name, value);
    if (PyObject_DelItem(locals, name) == 0)
        return 0;
    if (PyErr_ExceptionMatches(PyExc_KeyError)) {
        PyErr_Clear();
        vm_name_error(PyExc_NameError, NAME_ERROR_MSG, name);
    }
    return -1;
}

int
vm_delete_global(PyObject *globals, PyObject *name)
{
    if (PyDict_DelItem(globals, name) == 0)
        return 0;
    if (PyErr_ExceptionMatches(PyExc_KeyError)) {
        PyErr_Clear();
        vm_name_error(PyExc_NameError, NAME_ERROR_MSG, name);
    }
    return -1;
}

int
vm_setup_annotations(PyObject *locals)
{
    if (locals == NULL) {
        PyErr_SetString(PyExc_SystemError, "no locals found when setting up annotations");
        return -1;
    }
    PyObject *key = PyUnicode_InternFromString("__annotations__");
    if (key == NULL)
        return -1;
    PyObject *ann = lookup_in(locals, key);
    int r = 0;
    if (ann != NULL) {
        Py_DECREF(ann);
    } else if (!PyErr_Occurred()) {
        ann = PyDict_New();
        r = ann == NULL ? -1 : PyObject_SetItem(locals, key, ann);
        Py_XDECREF(ann);
    } else {
        r = -1;
    }
    Py_DECREF(key);
    return r;
}

PyObject *
vm_load_build_class(PyObject *builtins)
{
    PyObject *key = PyUnicode_InternFromString("__build_class__");
    if (key == NULL)
        return NULL;
    PyObject *v = lookup_in(builtins, key);
    Py_DECREF(key);
    if (v == NULL && !PyErr_Occurred())
        PyErr_SetString(PyExc_NameError, "__build_class__ not found");
    return v;
}

int
vm_print_expr(PyObject *builtins, PyObject *value)
{
    if (value == Py_None)
        return 0;
    PyObject *r = PyObject_Repr(value);
    if (r == NULL)
        return -1;
    const char *s = PyUnicode_AsUTF8(r);
    if (s != NULL) {
        fputs(s, stdout);
        fputc('\n', stdout);
    }
    Py_DECREF(r);
    if (s == NULL)
        return -1;
    return PyDict_Check(builtins) ? PyDict_SetItemString(builtins, "_", value) : 0;
}

// ---- attributes and with --------------------------------------------------------------------

int
vm_load_method(PyObject *obj, PyObject *name, PyObject **meth)
{
    int unbound = 0;
    *meth = rt_object_get_method(obj, name, &unbound);
    if (*meth == NULL)
        return -1;
    return unbound;
}

PyObject *
vm_before_with(PyObject *mgr, PyObject **exit)
{
    PyObject *enter = vm_lookup_special(mgr, "__enter__");
    if (enter == NULL) {
        if (!PyErr_Occurred())
            PyErr_Format(PyExc_TypeError,
                         "'%.200s' object does not support the context manager protocol",
                         Py_TYPE(mgr)->tp_name);
        return NULL;
    }
    *exit = vm_lookup_special(mgr, "__exit__");
    if (*exit == NULL) {
        if (!PyErr_Occurred())
            PyErr_Format(PyExc_TypeError,
                         "'%.200s' object does not support the context manager protocol "
                         "(missed __exit__ method)",
                         Py_TYPE(mgr)->tp_name);
        Py_DECREF(enter);
        return NULL;
    }
    PyObject *r = rt_call_vector(enter, NULL, 0, NULL);
    Py_DECREF(enter);
    if (r == NULL)
        Py_CLEAR(*exit);
    return r;
}

PyObject *
vm_with_except_start(PyObject *exit, PyObject *exc)
{
    PyObject *tb = PyException_GetTraceback(exc);
    PyObject *args[3] = {(PyObject *)Py_TYPE(exc), exc, tb != NULL ? tb : Py_None};
    PyObject *r = rt_call_vector(exit, args, 3, NULL);
    Py_XDECREF(tb);
    return r;
}
