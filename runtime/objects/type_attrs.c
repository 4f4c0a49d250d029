// type_attrs.c: the Python-visible attributes of `type` (__name__, __qualname__, __module__,
// __mro__, __bases__, __dict__, __doc__, mro() ...) and of `object` (__class__, __format__,
// __dir__, __sizeof__ ...). The lookup machinery is in typeattr.c; slot wrappers such as
// object.__repr__ come from the slot table (slotdefs.c).
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/heaptype.h"
#include "runtime/objects/moduleobject.h"
#include "runtime/objects/typeattr.h"

static inline PyTypeObject *
as_type(PyObject *o)
{
    return (PyTypeObject *)o;
}

// ---- type's getsets -------------------------------------------------------------------------

// TypeError for writes to the special attributes of immutable (static) types. 1 if allowed.
static int
check_set_special(PyTypeObject *t, PyObject *value, const char *name)
{
    if (PyType_HasFeature(t, Py_TPFLAGS_IMMUTABLETYPE)) {
        PyErr_Format(PyExc_TypeError, "cannot set '%s' attribute of immutable type '%s'", name,
                     t->tp_name);
        return 0;
    }
    if (value == NULL) {
        PyErr_Format(PyExc_TypeError, "cannot delete '%s' attribute of immutable type '%s'",
                     name, t->tp_name);
        return 0;
    }
    return 1;
}

// The name and qualified name of a static type are the part of tp_name after the last dot;
// classes (heap types) keep theirs apart.
static PyObject *
type_name(PyObject *o, void *closure)
{
    if (PyType_HasFeature(as_type(o), Py_TPFLAGS_HEAPTYPE))
        return Py_NewRef(((PyHeapTypeObject *)o)->ht_name);
    return PyUnicode_FromString(rt_type_name(as_type(o)));
}

static PyObject *
type_qualname(PyObject *o, void *closure)
{
    if (PyType_HasFeature(as_type(o), Py_TPFLAGS_HEAPTYPE))
        return Py_NewRef(((PyHeapTypeObject *)o)->ht_qualname);
    return PyUnicode_FromString(rt_type_name(as_type(o)));
}

// A new __name__ or __qualname__ must be a str: 1 if it is.
static int
check_name_value(PyTypeObject *t, PyObject *value, const char *attr)
{
    if (!check_set_special(t, value, attr))
        return 0;
    if (PyUnicode_Check(value))
        return 1;
    PyErr_Format(PyExc_TypeError, "can only assign string to %s.%s, not '%s'", t->tp_name, attr,
                 Py_TYPE(value)->tp_name);
    return 0;
}

static int
type_set_name(PyObject *o, PyObject *value, void *closure)
{
    PyTypeObject *t = as_type(o);
    if (!check_name_value(t, value, "__name__"))
        return -1;
    Py_ssize_t size;
    const char *name = PyUnicode_AsUTF8AndSize(value, &size);
    if (name == NULL)
        return -1;
    if ((Py_ssize_t)strlen(name) != size) {
        PyErr_SetString(PyExc_ValueError, "type name must not contain null characters");
        return -1;
    }
    t->tp_name = name;
    Py_SETREF(((PyHeapTypeObject *)t)->ht_name, Py_NewRef(value));
    return 0;
}

static int
type_set_qualname(PyObject *o, PyObject *value, void *closure)
{
    PyTypeObject *t = as_type(o);
    if (!check_name_value(t, value, "__qualname__"))
        return -1;
    Py_SETREF(((PyHeapTypeObject *)t)->ht_qualname, Py_NewRef(value));
    return 0;
}

static PyObject *
type_module(PyObject *o, void *closure)
{
    PyTypeObject *t = as_type(o);
    if (PyType_HasFeature(t, Py_TPFLAGS_HEAPTYPE)) {
        PyObject *mod = PyDict_GetItemWithError(t->tp_dict, PyUnicode_InternFromString("__module__"));
        if (mod == NULL && !PyErr_Occurred())
            PyErr_SetString(PyExc_AttributeError, "__module__");
        return Py_XNewRef(mod);
    }
    const char *dot = strrchr(t->tp_name, '.');
    if (dot == NULL)
        return PyUnicode_InternFromString("builtins");
    PyObject *mod = PyUnicode_FromStringAndSize(t->tp_name, dot - t->tp_name);
    if (mod != NULL)
        PyUnicode_InternInPlace(&mod);
    return mod;
}

static int
type_set_module(PyObject *o, PyObject *value, void *closure)
{
    PyTypeObject *t = as_type(o);
    if (!check_set_special(t, value, "__module__"))
        return -1;
    rt_type_modified(t);
    return PyDict_SetItemString(t->tp_dict, "__module__", value);
}

static PyObject *
type_get_bases(PyObject *o, void *closure)
{
    PyObject *bases = as_type(o)->tp_bases;
    return Py_NewRef(bases != NULL ? bases : Py_None);
}

static int
type_set_bases(PyObject *o, PyObject *value, void *closure)
{
    PyTypeObject *t = as_type(o);
    if (!check_set_special(t, value, "__bases__"))
        return -1;
    return rt_type_set_bases(t, value);
}

static PyObject *
type_dict(PyObject *o, void *closure)
{
    PyTypeObject *t = as_type(o);
    if (t->tp_dict == NULL)
        return Py_NewRef(Py_None);
    return PyDictProxy_New(t->tp_dict);
}

// A static type's doc is its tp_doc without the signature; others keep __doc__ in the dict
// (possibly as a descriptor).
static PyObject *
type_get_doc(PyObject *o, void *closure)
{
    PyTypeObject *t = as_type(o);
    if (!PyType_HasFeature(t, Py_TPFLAGS_HEAPTYPE) && t->tp_doc != NULL)
        return rt_descr_doc_from_internal(t->tp_name, t->tp_doc);
    PyObject *doc = PyDict_GetItemWithError(t->tp_dict, PyUnicode_InternFromString("__doc__"));
    if (doc == NULL)
        return PyErr_Occurred() ? NULL : Py_NewRef(Py_None);
    if (Py_TYPE(doc)->tp_descr_get != NULL)
        return Py_TYPE(doc)->tp_descr_get(doc, NULL, o);
    return Py_NewRef(doc);
}

static int
type_set_doc(PyObject *o, PyObject *value, void *closure)
{
    PyTypeObject *t = as_type(o);
    if (!check_set_special(t, value, "__doc__"))
        return -1;
    rt_type_modified(t);
    return PyDict_SetItemString(t->tp_dict, "__doc__", value);
}

static PyObject *
type_get_text_signature(PyObject *o, void *closure)
{
    return rt_descr_text_signature_from_internal(as_type(o)->tp_name, as_type(o)->tp_doc);
}

PyGetSetDef rt_type_getsets[] = {
    {"__name__", type_name, type_set_name, NULL, NULL},
    {"__qualname__", type_qualname, type_set_qualname, NULL, NULL},
    {"__bases__", type_get_bases, type_set_bases, NULL, NULL},
    {"__module__", type_module, type_set_module, NULL, NULL},
    {"__dict__", type_dict, NULL, NULL, NULL},
    {"__doc__", type_get_doc, type_set_doc, NULL, NULL},
    {"__text_signature__", type_get_text_signature, NULL, NULL, NULL},
    {NULL},
};

PyMemberDef rt_type_members[] = {
    {"__basicsize__", T_PYSSIZET, offsetof(PyTypeObject, tp_basicsize), READONLY, NULL},
    {"__itemsize__", T_PYSSIZET, offsetof(PyTypeObject, tp_itemsize), READONLY, NULL},
    {"__flags__", T_ULONG, offsetof(PyTypeObject, tp_flags), READONLY, NULL},
    {"__weakrefoffset__", T_PYSSIZET, offsetof(PyTypeObject, tp_weaklistoffset), READONLY, NULL},
    {"__base__", T_OBJECT, offsetof(PyTypeObject, tp_base), READONLY, NULL},
    {"__dictoffset__", T_PYSSIZET, offsetof(PyTypeObject, tp_dictoffset), READONLY, NULL},
    {"__mro__", T_OBJECT, offsetof(PyTypeObject, tp_mro), READONLY, NULL},
    {NULL},
};

// ---- type's methods ---------------------------------------------------------------------------

// mro(): the C3 linearization of the bases (what a metaclass overriding mro() extends).
static PyObject *
type_mro(PyObject *self, PyObject *unused)
{
    PyTypeObject *t = as_type(self);
    if (t->tp_bases == NULL)
        return t->tp_mro != NULL ? PySequence_List(t->tp_mro) : PyList_New(0);
    return rt_type_mro_impl(t);
}

static PyObject *
type_subclasses(PyObject *self, PyObject *unused)
{
    return rt_type_subclasses(as_type(self));
}

// type.__prepare__(name, bases, **kwds): the namespace of a class body, an empty dict.
static PyObject *
type_prepare(PyObject *cls, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    return PyDict_New();
}

// Merge the names in aclass's dict and its bases' dicts into dict (for dir()).
static int
merge_class_dict(PyObject *dict, PyObject *aclass)
{
    PyObject *classdict = NULL, *bases = NULL;
    PyObject *dict_name = PyUnicode_InternFromString("__dict__");
    PyObject *bases_name = PyUnicode_InternFromString("__bases__");
    if (rt_object_lookup_attr(aclass, dict_name, &classdict) < 0)
        return -1;
    if (classdict != NULL) {
        // type.__dict__ is a mappingproxy; merge the dict behind it.
        PyObject *src = PyType_Check(aclass) && as_type(aclass)->tp_dict != NULL
                            ? as_type(aclass)->tp_dict
                            : classdict;
        int r = PyDict_Update(dict, src);
        Py_DECREF(classdict);
        if (r < 0)
            return -1;
    }
    if (rt_object_lookup_attr(aclass, bases_name, &bases) < 0)
        return -1;
    if (bases == NULL)
        return 0;
    Py_ssize_t n = PySequence_Size(bases);
    int r = n < 0 ? -1 : 0;
    for (Py_ssize_t i = 0; i < n && r == 0; i++) {
        PyObject *base = PySequence_GetItem(bases, i);
        r = base == NULL ? -1 : merge_class_dict(dict, base);
        Py_XDECREF(base);
    }
    Py_DECREF(bases);
    return r;
}

static PyObject *
type_dir(PyObject *self, PyObject *unused)
{
    PyObject *dict = PyDict_New(), *result = NULL;
    if (dict != NULL && merge_class_dict(dict, self) == 0)
        result = PyDict_Keys(dict);
    Py_XDECREF(dict);
    return result;
}

// isinstance(inst, cls) for a type: its type, else its __class__ (which a proxy may fake).
static PyObject *
type_instancecheck(PyObject *self, PyObject *inst)
{
    if (PyObject_TypeCheck(inst, as_type(self)))
        Py_RETURN_TRUE;
    PyObject *icls;
    if (rt_object_lookup_attr(inst, PyUnicode_InternFromString("__class__"), &icls) < 0)
        return NULL;
    int r = icls != NULL && icls != (PyObject *)Py_TYPE(inst) && PyType_Check(icls) &&
            PyType_IsSubtype((PyTypeObject *)icls, as_type(self));
    Py_XDECREF(icls);
    return PyBool_FromLong(r);
}

static PyObject *
type_subclasscheck(PyObject *self, PyObject *sub)
{
    if (!PyType_Check(sub)) {
        PyErr_SetString(PyExc_TypeError, "issubclass() arg 1 must be a class");
        return NULL;
    }
    return PyBool_FromLong(PyType_IsSubtype(as_type(sub), as_type(self)));
}

// CPython 3.11's sizeof(PyHeapTypeObject); Krait's heap types are laid out otherwise.
#define CPYTHON_HEAP_TYPE_SIZE 904

// CPython's sizes: a static type's struct, or a class's plus the keys table its instances'
// managed dicts share (ht_cached_keys, made by the same rule).
static PyObject *
type_sizeof(PyObject *self, PyObject *unused)
{
    PyTypeObject *t = (PyTypeObject *)self;
    if (!PyType_HasFeature(t, Py_TPFLAGS_HEAPTYPE))
        return PyLong_FromSsize_t((Py_ssize_t)sizeof(PyTypeObject));
    Py_ssize_t size = CPYTHON_HEAP_TYPE_SIZE;
    if (rt_type_has_managed_dict(t))
        size += rt_dict_shared_keys_sizeof();
    return PyLong_FromSsize_t(size);
}

PyMethodDef rt_type_methods[] = {
    {"mro", type_mro, METH_NOARGS, "mro($self, /)\n--\n\nReturn a type's method resolution order."},
    {"__subclasses__", type_subclasses, METH_NOARGS,
     "__subclasses__($self, /)\n--\n\nReturn a list of immediate subclasses."},
    {"__prepare__", (PyCFunction)(void (*)(void))type_prepare,
     METH_FASTCALL | METH_KEYWORDS | METH_CLASS,
     "__prepare__() -> dict\nused to create the namespace for the class statement"},
    {"__instancecheck__", type_instancecheck, METH_O,
     "__instancecheck__($self, instance, /)\n--\n\nCheck if an object is an instance."},
    {"__subclasscheck__", type_subclasscheck, METH_O,
     "__subclasscheck__($self, subclass, /)\n--\n\nCheck if a class is a subclass."},
    {"__dir__", type_dir, METH_NOARGS, "__dir__($self, /)\n--\n\nSpecialized __dir__ implementation for types."},
    {"__sizeof__", type_sizeof, METH_NOARGS, "__sizeof__($self, /)\n--\n\nReturn memory consumption of the type object."},
    {NULL},
};

// ---- object's attributes ----------------------------------------------------------------------

static PyObject *
object_get_class(PyObject *self, void *closure)
{
    return Py_NewRef(Py_TYPE(self));
}

// Two types can swap under an instance when their instances have the same layout.
static int
compatible_for_assignment(PyTypeObject *oldto, PyTypeObject *newto)
{
    if (newto->tp_free != oldto->tp_free) {
        PyErr_Format(PyExc_TypeError, "__class__ assignment: '%s' deallocator differs from '%s'",
                     newto->tp_name, oldto->tp_name);
        return 0;
    }
    if (newto->tp_basicsize != oldto->tp_basicsize || newto->tp_itemsize != oldto->tp_itemsize ||
        newto->tp_dictoffset != oldto->tp_dictoffset ||
        newto->tp_weaklistoffset != oldto->tp_weaklistoffset ||
        PyType_HasFeature(newto, Py_TPFLAGS_HAVE_GC) !=
            PyType_HasFeature(oldto, Py_TPFLAGS_HAVE_GC)) {
        PyErr_Format(PyExc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                     newto->tp_name, oldto->tp_name);
        return 0;
    }
    return 1;
}

static int
object_set_class(PyObject *self, PyObject *value, void *closure)
{
    PyTypeObject *oldto = Py_TYPE(self);
    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!PyType_Check(value)) {
        PyErr_Format(PyExc_TypeError, "__class__ must be set to a class, not '%s' object",
                     Py_TYPE(value)->tp_name);
        return -1;
    }
    PyTypeObject *newto = as_type(value);
    int modules = PyType_IsSubtype(newto, &PyModule_Type) && PyType_IsSubtype(oldto, &PyModule_Type);
    if (!modules && (PyType_HasFeature(newto, Py_TPFLAGS_IMMUTABLETYPE) ||
                     PyType_HasFeature(oldto, Py_TPFLAGS_IMMUTABLETYPE))) {
        PyErr_SetString(PyExc_TypeError, "__class__ assignment only supported for mutable types "
                                         "or ModuleType subclasses");
        return -1;
    }
    if (!compatible_for_assignment(oldto, newto))
        return -1;
    if (PyType_HasFeature(newto, Py_TPFLAGS_HEAPTYPE))
        Py_INCREF(newto);
    Py_SET_TYPE(self, newto);
    if (PyType_HasFeature(oldto, Py_TPFLAGS_HEAPTYPE))
        Py_DECREF(oldto);
    return 0;
}

PyGetSetDef rt_object_getsets[] = {
    {"__class__", object_get_class, object_set_class, "the object's class", NULL},
    {NULL},
};

// object.__format__: only the empty spec, which means str(self).
static PyObject *
object_format(PyObject *self, PyObject *spec)
{
    if (!PyUnicode_Check(spec)) {
        PyErr_Format(PyExc_TypeError, "__format__() argument must be str, not %.50s",
                     rt_type_name(Py_TYPE(spec)));
        return NULL;
    }
    if (PyUnicode_GET_LENGTH(spec) > 0) {
        PyErr_Format(PyExc_TypeError, "unsupported format string passed to %.200s.__format__",
                     Py_TYPE(self)->tp_name);
        return NULL;
    }
    return PyObject_Str(self);
}

// CPython's builtin bases whose instances have items (tp_itemsize): their subclasses keep the
// dict after the items instead. Krait's int, tuple and bytes may be laid out otherwise.
#define CPYTHON_VAR_SIZED_FLAGS                                                                  \
    (Py_TPFLAGS_LONG_SUBCLASS | Py_TPFLAGS_TUPLE_SUBCLASS | Py_TPFLAGS_BYTES_SUBCLASS |          \
     Py_TPFLAGS_TYPE_SUBCLASS)

int
rt_type_has_managed_dict(PyTypeObject *t)
{
    // The class that introduced the dict decides, as CPython's flag is inherited.
    while (t->tp_base != NULL && t->tp_base->tp_dictoffset == t->tp_dictoffset)
        t = t->tp_base;
    return t->tp_dictoffset != 0 && PyType_HasFeature(t, Py_TPFLAGS_HEAPTYPE) &&
           t->tp_base != NULL && !PyType_HasFeature(t->tp_base, CPYTHON_VAR_SIZED_FLAGS);
}

Py_ssize_t
rt_type_cpython_basicsize(PyTypeObject *t)
{
    // A positive offset means the dict pointer is inside tp_basicsize.
    if (t->tp_dictoffset > 0 && rt_type_has_managed_dict(t))
        return t->tp_basicsize - (Py_ssize_t)sizeof(PyObject *);
    return t->tp_basicsize;
}

// CPython's basic size plus the items (a managed dict's pointer lives before the object).
static PyObject *
object_sizeof(PyObject *self, PyObject *unused)
{
    PyTypeObject *t = Py_TYPE(self);
    Py_ssize_t size = rt_type_cpython_basicsize(t);
    if (t->tp_itemsize > 0)
        size += Py_SIZE(self) * t->tp_itemsize;
    return PyLong_FromSsize_t(size);
}

// object.__dir__: the instance dict's keys plus those of the class and its bases.
static PyObject *
object_dir(PyObject *self, PyObject *unused)
{
    PyObject *dict = NULL, *itsclass = NULL, *result = NULL;
    if (rt_object_lookup_attr(self, PyUnicode_InternFromString("__dict__"), &dict) < 0)
        return NULL;
    PyObject *copy = dict != NULL && PyDict_Check(dict) ? PyDict_Copy(dict) : PyDict_New();
    Py_XDECREF(dict);
    if (copy == NULL)
        return NULL;
    if (rt_object_lookup_attr(self, PyUnicode_InternFromString("__class__"), &itsclass) < 0)
        goto done;
    if (itsclass != NULL && merge_class_dict(copy, itsclass) < 0)
        goto done;
    result = PyDict_Keys(copy);
done:
    Py_XDECREF(itsclass);
    Py_DECREF(copy);
    return result;
}

static PyObject *
object_init_subclass(PyObject *cls, PyObject *unused)
{
    return Py_NewRef(Py_None);
}

static PyObject *
object_subclasshook(PyObject *cls, PyObject *args)
{
    return Py_NewRef(Py_NotImplemented);
}

PyMethodDef rt_object_methods[] = {
    {"__subclasshook__", object_subclasshook, METH_CLASS | METH_VARARGS,
     "Abstract classes can override this to customize issubclass().\n\n"
     "This is invoked early on by abc.ABCMeta.__subclasscheck__().\nIt should return True, "
     "False or NotImplemented.  If it returns\nNotImplemented, the normal algorithm is used.  "
     "Otherwise, it\noverrides the normal algorithm (and the outcome is cached).\n"},
    {"__init_subclass__", object_init_subclass, METH_CLASS | METH_NOARGS,
     "__init_subclass__($cls, /)\n--\n\nThis method is called when a class is subclassed.\n\n"
     "The default implementation does nothing. It may be\noverridden to extend subclasses.\n"},
    {"__format__", object_format, METH_O,
     "__format__($self, format_spec, /)\n--\n\nDefault object formatter."},
    {"__sizeof__", object_sizeof, METH_NOARGS,
     "__sizeof__($self, /)\n--\n\nSize of object in memory, in bytes."},
    {"__dir__", object_dir, METH_NOARGS, "__dir__($self, /)\n--\n\nDefault dir() implementation."},
    {NULL},
};
