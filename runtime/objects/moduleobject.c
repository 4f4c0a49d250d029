// moduleobject.c: the module type: a namespace dict with the standard entries, attribute
// access falling back to a module-level __getattr__, CPython's repr forms, and C modules
// built from method tables. Finding and loading modules is the VM's (vm/import.c).
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/call.h"
#include "runtime/objects/methodobject.h"
#include "runtime/objects/moduleobject.h"
#include "runtime/objects/typeattr.h"
#include "runtime/objects/weakref.h"

static inline PyModuleObject *
as_module(PyObject *m)
{
    return (PyModuleObject *)m;
}

// Fill a fresh module dict with __name__ and the entries every module has.
static int
init_dict(PyModuleObject *m, PyObject *name, PyObject *doc)
{
    PyObject *d = m->md_dict;
    if (PyDict_SetItemString(d, "__name__", name) < 0 ||
        PyDict_SetItemString(d, "__doc__", doc != NULL ? doc : Py_None) < 0 ||
        PyDict_SetItemString(d, "__package__", Py_None) < 0 ||
        PyDict_SetItemString(d, "__loader__", Py_None) < 0 ||
        PyDict_SetItemString(d, "__spec__", Py_None) < 0)
        return -1;
    if (PyUnicode_CheckExact(name))
        Py_XSETREF(m->md_name, Py_NewRef(name));
    return 0;
}

// An instance of type (module or a subclass) with an empty dict, untracked.
static PyModuleObject *
alloc_module(PyTypeObject *type)
{
    PyModuleObject *m = (PyModuleObject *)type->tp_alloc(type, 0);
    if (m == NULL)
        return NULL;
    m->md_dict = PyDict_New();
    if (m->md_dict == NULL) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}

PyObject *
PyModule_NewObject(PyObject *name)
{
    PyModuleObject *m = alloc_module(&PyModule_Type);
    if (m == NULL)
        return NULL;
    if (init_dict(m, name, NULL) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    PyObject_GC_Track(m);
    return (PyObject *)m;
}

PyObject *
PyModule_New(const char *name)
{
    PyObject *s = PyUnicode_FromString(name);
    if (s == NULL)
        return NULL;
    PyObject *m = PyModule_NewObject(s);
    Py_DECREF(s);
    return m;
}

PyObject *
PyModule_GetDict(PyObject *m)
{
    return as_module(m)->md_dict;
}

PyObject *
PyModule_GetNameObject(PyObject *m)
{
    if (!PyModule_Check(m)) {
        PyErr_SetString(PyExc_TypeError, "bad argument type for built-in operation");
        return NULL;
    }
    PyObject *d = as_module(m)->md_dict;
    PyObject *name = d != NULL ? PyDict_GetItemWithError(d, PyUnicode_InternFromString("__name__"))
                               : NULL;
    if (name == NULL || !PyUnicode_Check(name)) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_SystemError, "nameless module");
        return NULL;
    }
    return Py_NewRef(name);
}

const char *
PyModule_GetName(PyObject *m)
{
    PyObject *name = PyModule_GetNameObject(m);
    if (name == NULL)
        return NULL;
    // The dict keeps the name alive, as in CPython.
    Py_DECREF(name);
    return PyUnicode_AsUTF8(name);
}

PyObject *
PyModule_GetFilenameObject(PyObject *m)
{
    if (!PyModule_Check(m)) {
        PyErr_SetString(PyExc_TypeError, "bad argument type for built-in operation");
        return NULL;
    }
    PyObject *d = as_module(m)->md_dict;
    PyObject *f = d != NULL ? PyDict_GetItemWithError(d, PyUnicode_InternFromString("__file__"))
                            : NULL;
    if (f == NULL || !PyUnicode_Check(f)) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_SystemError, "module filename missing");
        return NULL;
    }
    return Py_NewRef(f);
}

PyModuleDef *
PyModule_GetDef(PyObject *m)
{
    return PyModule_Check(m) ? as_module(m)->md_def : NULL;
}

void *
PyModule_GetState(PyObject *m)
{
    return PyModule_Check(m) ? as_module(m)->md_state : NULL;
}

void
rt_module_set_builtin(PyObject *m, int builtin)
{
    as_module(m)->md_builtin = (char)(builtin != 0);
}

// ---- adding things ------------------------------------------------------------------------

int
PyModule_AddObjectRef(PyObject *m, const char *name, PyObject *value)
{
    if (!PyModule_Check(m)) {
        PyErr_SetString(PyExc_TypeError, "PyModule_AddObjectRef() first argument must be a module");
        return -1;
    }
    if (value == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_SystemError, "PyModule_AddObjectRef() must be called with an "
                                               "exception raised if value is NULL");
        return -1;
    }
    return PyDict_SetItemString(as_module(m)->md_dict, name, value);
}

int
PyModule_AddObject(PyObject *m, const char *name, PyObject *value)
{
    int r = PyModule_AddObjectRef(m, name, value);
    if (r == 0)
        Py_DECREF(value);
    return r;
}

int
PyModule_AddIntConstant(PyObject *m, const char *name, long value)
{
    PyObject *v = PyLong_FromLong(value);
    int r = PyModule_AddObjectRef(m, name, v);
    Py_XDECREF(v);
    return r;
}

int
PyModule_AddStringConstant(PyObject *m, const char *name, const char *value)
{
    PyObject *v = PyUnicode_FromString(value);
    int r = PyModule_AddObjectRef(m, name, v);
    Py_XDECREF(v);
    return r;
}

int
PyModule_AddFunctions(PyObject *m, PyMethodDef *functions)
{
    PyObject *name = PyModule_GetNameObject(m);
    if (name == NULL)
        return -1;
    int r = 0;
    for (PyMethodDef *f = functions; f->ml_name != NULL && r == 0; f++) {
        if (f->ml_flags & (METH_CLASS | METH_STATIC)) {
            PyErr_SetString(PyExc_ValueError,
                            "module functions cannot set METH_CLASS or METH_STATIC");
            r = -1;
            break;
        }
        PyObject *func = PyCFunction_NewEx(f, m, name);
        r = PyModule_AddObjectRef(m, f->ml_name, func);
        Py_XDECREF(func);
    }
    Py_DECREF(name);
    return r;
}

int
PyModule_SetDocString(PyObject *m, const char *doc)
{
    PyObject *v = PyUnicode_FromString(doc);
    if (v == NULL)
        return -1;
    int r = PyObject_SetAttrString(m, "__doc__", v);
    Py_DECREF(v);
    return r;
}

PyObject *
PyModule_Create(PyModuleDef *def)
{
    if (def->m_slots != NULL) {
        PyErr_Format(PyExc_SystemError, "module %s: PyModule_Create is incompatible with m_slots",
                     def->m_name);
        return NULL;
    }
    PyObject *m = rt_module_create(def->m_name, def->m_methods, def->m_doc);
    if (m == NULL)
        return NULL;
    as_module(m)->md_def = def;
    if (def->m_size > 0) {
        as_module(m)->md_state = PyMem_Calloc(1, (size_t)def->m_size);
        if (as_module(m)->md_state == NULL) {
            Py_DECREF(m);
            return PyErr_NoMemory();
        }
    }
    return m;
}

PyObject *
rt_module_create(const char *name, PyMethodDef *methods, const char *doc)
{
    PyObject *m = PyModule_New(name);
    if (m == NULL)
        return NULL;
    as_module(m)->md_builtin = 1;
    if ((methods != NULL && PyModule_AddFunctions(m, methods) < 0) ||
        (doc != NULL && PyModule_SetDocString(m, doc) < 0)) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}

// ---- slots ----------------------------------------------------------------------------------

static PyObject *
module_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyModuleObject *m = alloc_module(type);
    if (m != NULL)
        PyObject_GC_Track(m);
    return (PyObject *)m;
}

// module(name, doc=None)
static int
module_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    PyObject *name = NULL, *doc = Py_None;
    Py_ssize_t n = PyTuple_GET_SIZE(args);
    if (n > 2) {
        PyErr_Format(PyExc_TypeError, "module() takes at most 2 arguments (%zd given)", n);
        return -1;
    }
    if (n >= 1)
        name = PyTuple_GET_ITEM(args, 0);
    if (n == 2)
        doc = PyTuple_GET_ITEM(args, 1);
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (kwds != NULL && PyDict_Next(kwds, &pos, &key, &value)) {
        if (rt_str_equal_ascii(key, "name") && name == NULL)
            name = value;
        else if (rt_str_equal_ascii(key, "doc") && n < 2)
            doc = value;
        else {
            PyErr_Format(PyExc_TypeError, "'%U' is an invalid keyword argument for module()",
                         key);
            return -1;
        }
    }
    if (name == NULL) {
        PyErr_SetString(PyExc_TypeError, "module() missing required argument 'name' (pos 1)");
        return -1;
    }
    if (!PyUnicode_Check(name)) {
        PyErr_Format(PyExc_TypeError, "module() argument 'name' must be str, not %.200s",
                     rt_type_name(Py_TYPE(name)));
        return -1;
    }
    return init_dict(as_module(self), name, doc);
}

static void
module_dealloc(PyObject *o)
{
    PyModuleObject *m = as_module(o);
    PyObject_GC_UnTrack(o);
    if (m->md_weaklist != NULL)
        PyObject_ClearWeakRefs(o);
    if (m->md_def != NULL && m->md_def->m_free != NULL)
        m->md_def->m_free(m);
    Py_XDECREF(m->md_dict);
    Py_XDECREF(m->md_name);
    PyMem_Free(m->md_state);
    rt_object_generic_dealloc(o);
}

static int
module_traverse(PyObject *o, visitproc visit, void *arg)
{
    PyModuleObject *m = as_module(o);
    if (m->md_def != NULL && m->md_def->m_traverse != NULL &&
        (m->md_def->m_size <= 0 || m->md_state != NULL)) {
        int r = m->md_def->m_traverse(o, visit, arg);
        if (r)
            return r;
    }
    Py_VISIT(m->md_dict);
    return 0;
}

static int
module_clear(PyObject *o)
{
    PyModuleObject *m = as_module(o);
    if (m->md_def != NULL && m->md_def->m_clear != NULL &&
        (m->md_def->m_size <= 0 || m->md_state != NULL)) {
        int r = m->md_def->m_clear(o);
        if (r)
            return r;
    }
    Py_CLEAR(m->md_dict);
    return 0;
}

// getattr(module, name, None) for the repr: a new reference, or NULL when absent.
static PyObject *
optional_attr(PyObject *o, const char *name, int *err)
{
    PyObject *s = PyUnicode_InternFromString(name), *v = NULL;
    if (s == NULL || rt_object_lookup_attr(o, s, &v) < 0)
        *err = 1;
    return v;
}

// importlib's _module_repr_from_spec: spec.name, spec.origin and then spec.loader or
// spec.has_location must exist (AttributeError otherwise, as in CPython).
static PyObject *
repr_from_spec(PyObject *spec)
{
    PyObject *name = PyObject_GetAttrString(spec, "name");
    PyObject *origin = name != NULL ? PyObject_GetAttrString(spec, "origin") : NULL;
    PyObject *shown = NULL, *r = NULL;
    if (origin == NULL)
        goto done;
    shown = name != Py_None ? Py_NewRef(name) : PyUnicode_FromString("?");
    if (shown == NULL)
        goto done;
    if (origin == Py_None) {
        PyObject *loader = PyObject_GetAttrString(spec, "loader");
        if (loader != NULL)
            r = loader == Py_None ? PyUnicode_FromFormat("<module %R>", shown)
                                  : PyUnicode_FromFormat("<module %R (%R)>", shown, loader);
        Py_XDECREF(loader);
        goto done;
    }
    PyObject *has_location = PyObject_GetAttrString(spec, "has_location");
    int located = has_location != NULL ? PyObject_IsTrue(has_location) : -1;
    Py_XDECREF(has_location);
    if (located > 0)
        r = PyUnicode_FromFormat("<module %R from %R>", shown, origin);
    else if (located == 0)
        r = PyUnicode_FromFormat("<module %R (%S)>", name, origin);
done:
    Py_XDECREF(name);
    Py_XDECREF(origin);
    Py_XDECREF(shown);
    return r;
}

// CPython's importlib._bootstrap._module_repr, plus "(built-in)" for modules the runtime made
// until the import system gives them specs.
static PyObject *
module_repr(PyObject *o)
{
    int err = 0;
    PyObject *spec = optional_attr(o, "__spec__", &err);
    if (err)
        return NULL;
    if (spec != NULL && spec != Py_None) {
        PyObject *r = repr_from_spec(spec);
        Py_DECREF(spec);
        return r;
    }
    Py_XDECREF(spec);
    PyObject *name = optional_attr(o, "__name__", &err);
    PyObject *file = err ? NULL : optional_attr(o, "__file__", &err);
    PyObject *loader = err ? NULL : optional_attr(o, "__loader__", &err);
    PyObject *r = NULL, *qname = NULL;
    if (err)
        goto done;
    if (name == NULL && (qname = PyUnicode_FromString("?")) == NULL)
        goto done;
    PyObject *shown = name != NULL ? name : qname;
    if (file != NULL)
        r = PyUnicode_FromFormat("<module %R from %R>", shown, file);
    else if (as_module(o)->md_builtin)
        r = PyUnicode_FromFormat("<module %R (built-in)>", shown);
    else if (loader == NULL || loader == Py_None)
        r = PyUnicode_FromFormat("<module %R>", shown);
    else
        r = PyUnicode_FromFormat("<module %R (%R)>", shown, loader);
done:
    Py_XDECREF(name);
    Py_XDECREF(qname);
    Py_XDECREF(file);
    Py_XDECREF(loader);
    return r;
}

// True if spec._initializing is true (the module is still executing: a circular import).
static int
spec_is_initializing(PyObject *spec)
{
    if (spec == NULL || spec == Py_None)
        return 0;
    PyObject *v = NULL;
    PyObject *key = PyUnicode_InternFromString("_initializing");
    if (key == NULL || rt_object_lookup_attr(spec, key, &v) <= 0) {
        PyErr_Clear();
        return 0;
    }
    int r = PyObject_IsTrue(v);
    Py_DECREF(v);
    if (r < 0)
        PyErr_Clear();
    return r > 0;
}

// The generic lookup, then the module's __getattr__, else CPython's message naming the
// module (and a hint when it is half-imported).
static PyObject *
module_getattro(PyObject *o, PyObject *name)
{
    PyObject *attr = rt_object_generic_getattr(o, name, NULL, 1);
    if (attr != NULL || PyErr_Occurred())
        return attr;
    PyObject *d = as_module(o)->md_dict;
    PyObject *getattr = PyDict_GetItemWithError(d, PyUnicode_InternFromString("__getattr__"));
    if (getattr != NULL)
        return PyObject_CallOneArg(getattr, name);
    if (PyErr_Occurred())
        return NULL;
    PyObject *mod_name = PyDict_GetItemWithError(d, PyUnicode_InternFromString("__name__"));
    if (mod_name == NULL || !PyUnicode_Check(mod_name)) {
        if (!PyErr_Occurred())
            PyErr_Format(PyExc_AttributeError, "module has no attribute '%U'", name);
        return NULL;
    }
    PyObject *spec = PyDict_GetItemWithError(d, PyUnicode_InternFromString("__spec__"));
    if (spec == NULL && PyErr_Occurred())
        return NULL;
    Py_INCREF(mod_name);
    Py_XINCREF(spec);
    if (spec_is_initializing(spec))
        PyErr_Format(PyExc_AttributeError, "partially initialized module '%U' has no attribute "
                     "'%U' (most likely due to a circular import)", mod_name, name);
    else
        PyErr_Format(PyExc_AttributeError, "module '%U' has no attribute '%U'", mod_name, name);
    Py_XDECREF(spec);
    Py_DECREF(mod_name);
    return NULL;
}

// module.__dir__(): the module's own __dir__ if it defines one, else its dict's keys.
static PyObject *
module_dir(PyObject *self, PyObject *unused)
{
    PyObject *d = as_module(self)->md_dict;
    if (d == NULL || !PyDict_Check(d)) {
        PyErr_Format(PyExc_TypeError, "<module>.__dict__ is not a dictionary");
        return NULL;
    }
    PyObject *dirfunc = PyDict_GetItemWithError(d, PyUnicode_InternFromString("__dir__"));
    if (dirfunc != NULL)
        return PyObject_CallNoArgs(dirfunc);
    return PyErr_Occurred() ? NULL : PyDict_Keys(d);
}

static PyMethodDef module_methods[] = {
    {"__dir__", module_dir, METH_NOARGS, "__dir__($self, /)\n--\n\nSpecialized __dir__ implementation for module."},
    {NULL},
};

static PyMemberDef module_members[] = {
    {"__dict__", T_OBJECT, offsetof(PyModuleObject, md_dict), READONLY, NULL},
    {NULL},
};

PyTypeObject PyModule_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "module",
    .tp_basicsize = sizeof(PyModuleObject),
    .tp_dealloc = module_dealloc,
    .tp_repr = module_repr,
    .tp_getattro = module_getattro,
    .tp_setattro = PyObject_GenericSetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "module(name, doc=None)\n--\n\nCreate a module object.\n\nThe name must be a "
              "string; the optional doc argument can have any type.",
    .tp_traverse = module_traverse,
    .tp_clear = module_clear,
    .tp_weaklistoffset = offsetof(PyModuleObject, md_weaklist),
    .tp_methods = module_methods,
    .tp_members = module_members,
    .tp_dictoffset = offsetof(PyModuleObject, md_dict),
    .tp_init = module_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = module_new,
    .tp_free = PyObject_GC_Del,
};
