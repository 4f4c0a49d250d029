// builtins_exec.c: the builtins that run or inspect code: compile, exec, eval, the class
// statement's __build_class__ (metaclass selection, __prepare__, the __class__ cell check),
// and the namespace views globals, locals, vars and dir.
#include <string.h>
#include "frontend/ast.h"
#include "frontend/compile.h"
#include "runtime/call.h"
#include "runtime/objects/code.h"
#include "runtime/objects/func.h"
#include "runtime/objects/moduleobject.h"
#include "runtime/objects/typeattr.h"
#include "vm/builtins.h"
#include "vm/builtins_internal.h"
#include "vm/ops.h"
#include "vm/vm.h"

// ---- source text ------------------------------------------------------------------------------

// The UTF-8 text of a str/bytes source argument (borrowed from it) and its length; NULL with
// TypeError "<func>() arg 1 must be a string, bytes or <what> object" otherwise.
static const char *
source_text(PyObject *src, const char *func, const char *what, Py_ssize_t *len)
{
    if (PyUnicode_Check(src))
        return PyUnicode_AsUTF8AndSize(src, len);
    if (PyBytes_Check(src)) {
        *len = PyBytes_GET_SIZE(src);
        return PyBytes_AS_STRING(src);
    }
    PyErr_Format(PyExc_TypeError, "%s() arg 1 must be a string, bytes or %s object", func, what);
    return NULL;
}

// Compile str/bytes source from `filename` in `mode` (a ModKind); eval and exec skip leading
// blanks as CPython does for them.
static PyCodeObject *
compile_text(PyObject *src, const char *func, const char *what, const char *filename, int mode,
             int strip)
{
    Py_ssize_t n;
    const char *s = source_text(src, func, what, &n);
    if (s == NULL)
        return NULL;
    if (memchr(s, '\0', (size_t)n) != NULL) {
        PyErr_SetString(PyExc_SyntaxError, "source code string cannot contain null bytes");
        return NULL;
    }
    while (strip && n > 0 && (*s == ' ' || *s == '\t')) {
        s++;
        n--;
    }
    FeSourceKind kind = PyUnicode_Check(src) ? FE_SOURCE_STR : FE_SOURCE_BYTES;
    return fe_compile_source_kind(s, n, filename, mode, 0, kind);
}

// ---- compile ----------------------------------------------------------------------------------

PyObject *
vm_builtin_compile(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit",
                                        "optimize", "_feature_version"};
    static const RtArgSpec spec = {"compile", names, 7, 0, 3, 6, 0};
    PyObject *a[7];
    if (rt_call_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    PyObject *fname = a[1];
    const char *filename;
    if (PyUnicode_Check(fname))
        filename = PyUnicode_AsUTF8(fname);
    else if (PyBytes_Check(fname))
        filename = PyBytes_AS_STRING(fname);
    else
        return PyErr_Format(PyExc_TypeError,
                            "expected str, bytes or os.PathLike object, not %.200s",
                            Py_TYPE(fname)->tp_name);
    if (filename == NULL)
        return NULL;
    if (!PyUnicode_Check(a[2]))
        return PyErr_Format(PyExc_TypeError, "compile() argument 'mode' must be str, not %.200s",
                            Py_TYPE(a[2])->tp_name);
    int mode;
    if (rt_str_equal_ascii(a[2], "exec"))
        mode = MOD_MODULE;
    else if (rt_str_equal_ascii(a[2], "eval"))
        mode = MOD_EXPRESSION;
    else if (rt_str_equal_ascii(a[2], "single"))
        mode = MOD_INTERACTIVE;
    else {
        PyErr_SetString(PyExc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
        return NULL;
    }
    if (a[3] != NULL) {
        long flags = PyLong_AsLong(a[3]);
        if (flags == -1 && PyErr_Occurred())
            return NULL;
        if (flags & 0x400) { // ast.PyCF_ONLY_AST
            PyErr_SetString(PyExc_NotImplementedError, "compile() to an AST is not supported yet");
            return NULL;
        }
    }
    return (PyObject *)compile_text(a[0], "compile", "AST", filename, mode, 0);
}

// ---- exec and eval ----------------------------------------------------------------------------

// Add __builtins__ (the running frame's) to globals that lack it, as CPython's exec/eval do.
static int
ensure_builtins(PyObject *globals)
{
    PyObject *key = PyUnicode_InternFromString("__builtins__");
    PyObject *b = PyDict_GetItemWithError(globals, key);
    if (b != NULL || PyErr_Occurred())
        return b != NULL ? 0 : -1;
    PyObject *builtins = vm_builtins();
    return builtins == NULL ? -1 : PyDict_SetItem(globals, key, builtins);
}

static int
is_mapping(PyObject *o)
{
    PyMappingMethods *mp = Py_TYPE(o)->tp_as_mapping;
    return mp != NULL && mp->mp_subscript != NULL;
}

// Resolve the globals/locals arguments (None or absent: the caller's), as new references.
static int
namespaces(PyObject *g, PyObject *l, PyObject **globals, PyObject **locals)
{
    if (g == NULL || g == Py_None) {
        PyObject *cur = vm_eval_get_globals();
        if (cur == NULL) {
            PyErr_SetString(PyExc_SystemError, "globals and locals cannot be NULL");
            return -1;
        }
        *globals = Py_NewRef(cur);
        if (l == NULL || l == Py_None) {
            *locals = vm_eval_get_locals();
            if (*locals == NULL) {
                Py_CLEAR(*globals);
                return -1;
            }
            return 0;
        }
    } else {
        *globals = Py_NewRef(g);
    }
    *locals = Py_NewRef(l == NULL || l == Py_None ? *globals : l);
    if (ensure_builtins(*globals) < 0) {
        Py_CLEAR(*globals);
        Py_CLEAR(*locals);
        return -1;
    }
    return 0;
}

// Run source (a code object or text in `mode`) with the namespaces; the result of the code.
static PyObject *
run(PyObject *source, PyObject *globals, PyObject *locals, const char *func, int mode)
{
    PyCodeObject *co;
    if (PyCode_Check(source)) {
        co = (PyCodeObject *)Py_NewRef(source);
        if (co->co_nfreevars > 0) {
            Py_DECREF(co);
            return PyErr_Format(PyExc_TypeError,
                                "code object passed to %s() may not contain free variables", func);
        }
    } else {
        co = compile_text(source, func, "code", "<string>", mode, 1);
        if (co == NULL)
            return NULL;
    }
    PyObject *r = vm_eval_code(co, globals, locals);
    Py_DECREF(co);
    return r;
}

PyObject *
vm_builtin_eval(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("eval", nargs, 1, 3))
        return NULL;
    PyObject *g = nargs > 1 ? args[1] : NULL, *l = nargs > 2 ? args[2] : NULL;
    if (l != NULL && l != Py_None && !is_mapping(l)) {
        PyErr_SetString(PyExc_TypeError, "locals must be a mapping");
        return NULL;
    }
    if (g != NULL && g != Py_None && !PyDict_Check(g)) {
        PyErr_SetString(PyExc_TypeError, is_mapping(g)
                                             ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                             : "globals must be a dict");
        return NULL;
    }
    if (!PyCode_Check(args[0]) && !PyUnicode_Check(args[0]) && !PyBytes_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "eval() arg 1 must be a string, bytes or code object");
        return NULL;
    }
    PyObject *globals, *locals;
    if (namespaces(g, l, &globals, &locals) < 0)
        return NULL;
    PyObject *r = run(args[0], globals, locals, "eval", MOD_EXPRESSION);
    Py_DECREF(globals);
    Py_DECREF(locals);
    return r;
}

PyObject *
vm_builtin_exec(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {"source", "globals", "locals", "closure"};
    static const RtArgSpec spec = {"exec", names, 4, 3, 1, 3, 0};
    PyObject *a[4];
    if (rt_call_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    PyObject *g = a[1], *l = a[2];
    if (g != NULL && g != Py_None && !PyDict_Check(g))
        return PyErr_Format(PyExc_TypeError, "exec() globals must be a dict, not %.100s",
                            Py_TYPE(g)->tp_name);
    if (l != NULL && l != Py_None && !is_mapping(l))
        return PyErr_Format(PyExc_TypeError, "locals must be a mapping or None, not %.100s",
                            Py_TYPE(l)->tp_name);
    if (a[3] != NULL && a[3] != Py_None) {
        PyErr_SetString(PyExc_NotImplementedError, "exec() with a closure is not supported yet");
        return NULL;
    }
    PyObject *globals, *locals;
    if (namespaces(g, l, &globals, &locals) < 0)
        return NULL;
    PyObject *r = run(a[0], globals, locals, "exec", MOD_MODULE);
    Py_DECREF(globals);
    Py_DECREF(locals);
    if (r == NULL)
        return NULL;
    Py_DECREF(r);
    Py_RETURN_NONE;
}

// ---- __build_class__ --------------------------------------------------------------------------

// The class body's namespace: meta.__prepare__(name, bases, **kwds) if it has one.
static PyObject *
prepare_namespace(PyObject *meta, int isclass, PyObject *name, PyObject *bases, PyObject *kwds)
{
    PyObject *prep = NULL, *ns;
    if (rt_object_lookup_attr(meta, PyUnicode_InternFromString("__prepare__"), &prep) < 0)
        return NULL;
    if (prep == NULL) {
        ns = PyDict_New();
    } else {
        PyObject *pargs[2] = {name, bases};
        ns = PyObject_VectorcallDict(prep, pargs, 2, kwds);
        Py_DECREF(prep);
    }
    if (ns != NULL && !is_mapping(ns)) {
        PyErr_Format(PyExc_TypeError, "%.200s.__prepare__() must return a mapping, not %.200s",
                     isclass ? ((PyTypeObject *)meta)->tp_name : "<metaclass>",
                     Py_TYPE(ns)->tp_name);
        Py_CLEAR(ns);
    }
    return ns;
}

// The cell the body returned must hold the class (zero-argument super() relies on it).
static int
check_class_cell(PyObject *cell, PyObject *name, PyObject *cls)
{
    if (!PyType_Check(cls) || !PyCell_Check(cell))
        return 0;
    PyObject *cell_cls = PyCell_GET(cell);
    if (cell_cls == cls)
        return 0;
    if (cell_cls == NULL)
        PyErr_Format(PyExc_RuntimeError,
                     "__class__ not set defining %.200R as %.200R. Was __classcell__ propagated "
                     "to type.__new__?",
                     name, cls);
    else
        PyErr_Format(PyExc_TypeError, "__class__ set to %.200R defining %.200R as %.200R",
                     cell_cls, name, cls);
    return -1;
}

// The bases after PEP 560: a base that is not a class but has __mro_entries__ (list[int])
// is replaced by the tuple that method returns. orig_bases itself when nothing changed.
// New reference or NULL.
static PyObject *
update_bases(PyObject *orig_bases)
{
    Py_ssize_t n = PyTuple_GET_SIZE(orig_bases);
    PyObject *new_bases = NULL; // a list, made at the first replaced base
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *base = PyTuple_GET_ITEM(orig_bases, i), *meth = NULL;
        if (!PyType_Check(base) &&
            rt_object_lookup_attr(base, PyUnicode_InternFromString("__mro_entries__"), &meth) < 0)
            goto error;
        if (meth == NULL) {
            if (new_bases != NULL && PyList_Append(new_bases, base) < 0)
                goto error;
            continue;
        }
        PyObject *entries = PyObject_CallOneArg(meth, orig_bases);
        Py_DECREF(meth);
        if (entries == NULL)
            goto error;
        if (!PyTuple_Check(entries)) {
            PyErr_SetString(PyExc_TypeError, "__mro_entries__ must return a tuple");
            Py_DECREF(entries);
            goto error;
        }
        if (new_bases == NULL) {
            new_bases = PyList_New(0);
            for (Py_ssize_t j = 0; new_bases != NULL && j < i; j++) {
                if (PyList_Append(new_bases, PyTuple_GET_ITEM(orig_bases, j)) < 0)
                    Py_CLEAR(new_bases);
            }
        }
        int err = new_bases == NULL ? -1 : rt_list_extend(new_bases, entries);
        Py_DECREF(entries);
        if (err < 0)
            goto error;
    }
    if (new_bases == NULL)
        return Py_NewRef(orig_bases);
    PyObject *r = PyList_AsTuple(new_bases);
    Py_DECREF(new_bases);
    return r;
error:
    Py_XDECREF(new_bases);
    return NULL;
}

// The metaclass from the keywords (removed from *kwds) or from the bases; 1 if it is a
// class (so the most derived one can be chosen), 0 if not; -1 on error.
static int
choose_metaclass(PyObject *bases, PyObject *kwds, PyObject **meta)
{
    *meta = kwds ? PyDict_GetItemString(kwds, "metaclass") : NULL;
    int isclass;
    if (*meta != NULL) {
        Py_INCREF(*meta);
        if (PyDict_DelItemString(kwds, "metaclass") < 0) {
            Py_CLEAR(*meta);
            return -1;
        }
        isclass = PyType_Check(*meta);
    } else {
        *meta = PyTuple_GET_SIZE(bases) == 0 ? (PyObject *)&PyType_Type
                                             : (PyObject *)Py_TYPE(PyTuple_GET_ITEM(bases, 0));
        Py_INCREF(*meta);
        isclass = 1;
    }
    if (isclass) {
        PyTypeObject *winner = rt_type_calculate_metaclass((PyTypeObject *)*meta, bases);
        if (winner == NULL) {
            Py_CLEAR(*meta);
            return -1;
        }
        Py_SETREF(*meta, Py_NewRef(winner));
    }
    return isclass;
}

PyObject *
vm_builtin___build_class__(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                           PyObject *kwnames)
{
    if (nargs < 2) {
        PyErr_SetString(PyExc_TypeError, "__build_class__: not enough arguments");
        return NULL;
    }
    PyObject *func = args[0], *name = args[1];
    if (!PyFunction_Check(func)) {
        PyErr_SetString(PyExc_TypeError, "__build_class__: func must be a function");
        return NULL;
    }
    if (!PyUnicode_Check(name)) {
        PyErr_SetString(PyExc_TypeError, "__build_class__: name is not a string");
        return NULL;
    }
    PyObject *orig_bases = rt_tuple_from_array(args + 2, nargs - 2);
    PyObject *bases = orig_bases ? update_bases(orig_bases) : NULL;
    PyObject *kwds = bases && kwnames ? rt_call_kwnames_to_dict(args + nargs, kwnames) : NULL;
    PyObject *meta = NULL, *ns = NULL, *cell = NULL, *cls = NULL;
    if (bases == NULL || (kwnames != NULL && kwds == NULL))
        goto done;
    int isclass = choose_metaclass(bases, kwds, &meta);
    if (isclass < 0)
        goto done;
    ns = prepare_namespace(meta, isclass, name, bases, kwds);
    if (ns == NULL)
        goto done;
    cell = vm_run_class_body(func, ns);
    if (cell == NULL)
        goto done;
    if (bases != orig_bases &&
        PyObject_SetItem(ns, PyUnicode_InternFromString("__orig_bases__"), orig_bases) < 0)
        goto done;
    PyObject *margs[3] = {name, bases, ns};
    cls = PyObject_VectorcallDict(meta, margs, 3, kwds);
    if (cls != NULL && check_class_cell(cell, name, cls) < 0)
        Py_CLEAR(cls);
done:
    Py_XDECREF(orig_bases);
    Py_XDECREF(bases);
    Py_XDECREF(kwds);
    Py_XDECREF(meta);
    Py_XDECREF(ns);
    Py_XDECREF(cell);
    return cls;
}

// ---- namespaces -------------------------------------------------------------------------------

PyObject *
vm_builtin_globals(PyObject *self, PyObject *unused)
{
    PyObject *g = vm_eval_get_globals();
    if (g == NULL) {
        PyErr_SetString(PyExc_SystemError, "globals(): no current frame");
        return NULL;
    }
    return Py_NewRef(g);
}

PyObject *
vm_builtin_locals(PyObject *self, PyObject *unused)
{
    return vm_eval_get_locals();
}

PyObject *
vm_builtin_vars(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("vars", nargs, 0, 1))
        return NULL;
    if (nargs == 0)
        return vm_eval_get_locals();
    PyObject *d;
    int r = rt_object_lookup_attr(args[0], PyUnicode_InternFromString("__dict__"), &d);
    if (r == 0)
        PyErr_SetString(PyExc_TypeError, "vars() argument must have __dict__ attribute");
    return r > 0 ? d : NULL;
}

// Add the keys of the mapping `d` (if it is a dict) to the set.
static int
add_keys(PyObject *set, PyObject *d)
{
    if (d == NULL || !PyDict_Check(d))
        return 0;
    Py_ssize_t pos = 0;
    PyObject *key;
    while (PyDict_Next(d, &pos, &key, NULL)) {
        if (PySet_Add(set, key) < 0)
            return -1;
    }
    return 0;
}

// dir(o) without __dir__: o.__dict__ and the dicts of its type's MRO.
static PyObject *
default_dir(PyObject *o)
{
    PyObject *set = PySet_New(NULL), *d = NULL;
    if (set == NULL)
        return NULL;
    PyTypeObject *t = PyType_Check(o) ? (PyTypeObject *)o : Py_TYPE(o);
    if (!PyType_Check(o) &&
        rt_object_lookup_attr(o, PyUnicode_InternFromString("__dict__"), &d) < 0)
        goto fail;
    if (add_keys(set, d) < 0)
        goto fail;
    Py_CLEAR(d);
    PyObject *mro = t->tp_mro;
    for (Py_ssize_t i = 0; mro != NULL && i < PyTuple_GET_SIZE(mro); i++) {
        if (add_keys(set, ((PyTypeObject *)PyTuple_GET_ITEM(mro, i))->tp_dict) < 0)
            goto fail;
    }
    return set;
fail:
    Py_XDECREF(d);
    Py_DECREF(set);
    return NULL;
}

PyObject *
vm_builtin_dir(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("dir", nargs, 0, 1))
        return NULL;
    PyObject *names;
    if (nargs == 0) {
        names = vm_eval_get_locals();
    } else if (PyModule_Check(args[0])) {
        names = Py_NewRef(PyModule_GetDict(args[0]));
    } else {
        PyObject *meth = vm_lookup_special(args[0], "__dir__");
        if (meth != NULL) {
            names = PyObject_CallNoArgs(meth);
            Py_DECREF(meth);
        } else {
            names = PyErr_Occurred() ? NULL : default_dir(args[0]);
        }
    }
    if (names == NULL)
        return NULL;
    PyObject *list = PySequence_List(names);
    Py_DECREF(names);
    if (list != NULL && rt_list_sort(list, NULL, 0) < 0)
        Py_CLEAR(list);
    return list;
}
