// structseq.c: struct sequences: a tuple of the first n_in_sequence fields, with every field
// (hidden ones too, stored after the visible items) readable by name. The repr is
// "module.Name(field=value, ...)" over the visible fields, as CPython prints it.
#include "runtime/runtime.h"
#include "runtime/objects/structseq.h"

// Each struct sequence type and its description: the few that exist are looked up linearly.
#define MAX_TYPES 32
static struct {
    PyTypeObject *type;
    PyStructSequence_Desc *desc;
    Py_ssize_t n_fields;
} registry[MAX_TYPES];
static int registry_size;

static int
lookup(PyTypeObject *t)
{
    for (; t != NULL; t = t->tp_base) {
        for (int i = 0; i < registry_size; i++) {
            if (registry[i].type == t)
                return i;
        }
    }
    Py_FatalError("structseq: not a struct sequence type");
}

static Py_ssize_t
count_fields(PyStructSequence_Desc *desc)
{
    Py_ssize_t n = 0;
    while (desc->fields[n].name != NULL)
        n++;
    return n;
}

PyObject *
PyStructSequence_New(PyTypeObject *type)
{
    int r = lookup(type);
    Py_ssize_t n = registry[r].n_fields;
    PyTupleObject *t = (PyTupleObject *)rt_gc_new_var(type, n);
    if (t == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++)
        t->ob_item[i] = Py_NewRef(Py_None);
    // Only the sequence fields are the tuple's items; the rest sit after them.
    Py_SET_SIZE(t, registry[r].desc->n_in_sequence);
    PyObject_GC_Track(t);
    return (PyObject *)t;
}

void
PyStructSequence_SetItem(PyObject *p, Py_ssize_t pos, PyObject *o)
{
    Py_XSETREF(((PyTupleObject *)p)->ob_item[pos], o);
}

PyObject *
PyStructSequence_GetItem(PyObject *p, Py_ssize_t pos)
{
    return ((PyTupleObject *)p)->ob_item[pos];
}

static void
structseq_dealloc(PyObject *o)
{
    PyObject_GC_UnTrack(o);
    Py_ssize_t n = registry[lookup(Py_TYPE(o))].n_fields;
    for (Py_ssize_t i = 0; i < n; i++)
        Py_XDECREF(((PyTupleObject *)o)->ob_item[i]);
    PyTypeObject *t = Py_TYPE(o);
    t->tp_free(o);
    if (PyType_HasFeature(t, Py_TPFLAGS_HEAPTYPE))
        Py_DECREF(t);
}

static int
structseq_traverse(PyObject *o, visitproc visit, void *arg)
{
    Py_ssize_t n = registry[lookup(Py_TYPE(o))].n_fields;
    for (Py_ssize_t i = 0; i < n; i++)
        Py_VISIT(((PyTupleObject *)o)->ob_item[i]);
    return 0;
}

static PyObject *
structseq_repr(PyObject *o)
{
    PyStructSequence_Desc *desc = registry[lookup(Py_TYPE(o))].desc;
    PyObject *parts = PyList_New(0);
    if (parts == NULL)
        return NULL;
    for (int i = 0; i < desc->n_in_sequence; i++) {
        PyObject *s = PyUnicode_FromFormat("%s=%R", desc->fields[i].name,
                                           PyTuple_GET_ITEM(o, i));
        if (s == NULL || PyList_Append(parts, s) < 0) {
            Py_XDECREF(s);
            Py_DECREF(parts);
            return NULL;
        }
        Py_DECREF(s);
    }
    PyObject *sep = PyUnicode_FromString(", ");
    PyObject *body = sep ? PyUnicode_Join(sep, parts) : NULL;
    Py_XDECREF(sep);
    Py_DECREF(parts);
    if (body == NULL)
        return NULL;
    PyObject *r = PyUnicode_FromFormat("%s(%U)", Py_TYPE(o)->tp_name, body);
    Py_DECREF(body);
    return r;
}

// The index of the field called name, or -1.
static Py_ssize_t
field_index(PyStructSequence_Desc *desc, PyObject *name)
{
    for (Py_ssize_t i = 0; desc->fields[i].name != NULL; i++) {
        if (rt_str_equal_ascii(name, desc->fields[i].name))
            return i;
    }
    return -1;
}

static PyObject *
structseq_getattro(PyObject *o, PyObject *name)
{
    if (PyUnicode_Check(name)) {
        Py_ssize_t i = field_index(registry[lookup(Py_TYPE(o))].desc, name);
        if (i >= 0)
            return Py_NewRef(((PyTupleObject *)o)->ob_item[i]);
    }
    getattrofunc generic = PyBaseObject_Type.tp_getattro;
    if (generic != NULL)
        return generic(o, name);
    return PyErr_Format(PyExc_AttributeError, "'%.100s' object has no attribute '%U'",
                        Py_TYPE(o)->tp_name, name);
}

static int
structseq_setattro(PyObject *o, PyObject *name, PyObject *v)
{
    if (PyUnicode_Check(name) && field_index(registry[lookup(Py_TYPE(o))].desc, name) >= 0) {
        PyErr_SetString(PyExc_AttributeError, "readonly attribute");
        return -1;
    }
    PyErr_Format(PyExc_AttributeError, "'%.100s' object has no attribute '%U'",
                 Py_TYPE(o)->tp_name, name);
    return -1;
}

// T(sequence, dict=None): the sequence gives the fields in order; dict supplies the hidden
// ones it does not reach.
static PyObject *
structseq_fill(PyTypeObject *type, PyObject *seq, PyObject *dict)
{
    int r = lookup(type);
    PyStructSequence_Desc *desc = registry[r].desc;
    Py_ssize_t n_fields = registry[r].n_fields, min = desc->n_in_sequence;
    PyObject *items = PySequence_Fast(seq, "constructor requires a sequence");
    if (items == NULL)
        return NULL;
    Py_ssize_t len = PySequence_Fast_GET_SIZE(items);
    if (len < min || len > n_fields) {
        const char *what = len < min ? (min == n_fields ? "a" : "an at least")
                                     : (min == n_fields ? "a" : "an at most");
        PyErr_Format(PyExc_TypeError, "%.500s() takes %s %zd-sequence (%zd-sequence given)",
                     type->tp_name, what, len < min ? min : n_fields, len);
        Py_DECREF(items);
        return NULL;
    }
    PyObject *res = PyStructSequence_New(type);
    for (Py_ssize_t i = 0; res != NULL && i < n_fields; i++) {
        PyObject *v = i < len ? PySequence_Fast_ITEMS(items)[i] : NULL;
        if (v == NULL && dict != NULL && dict != Py_None)
            v = PyDict_GetItemString(dict, desc->fields[i].name);
        PyStructSequence_SetItem(res, i, Py_NewRef(v != NULL ? v : Py_None));
    }
    Py_DECREF(items);
    return res;
}

PyObject *
rt_structseq_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *seq = NULL, *dict = NULL;
    if (!rt_arg_no_keywords("structseq", kwds))
        return NULL;
    if (PyTuple_GET_SIZE(args) == 0) {
        PyErr_SetString(PyExc_TypeError, "structseq() missing required argument 'sequence' (pos 1)");
        return NULL;
    }
    if (!PyArg_UnpackTuple(args, "structseq", 1, 2, &seq, &dict))
        return NULL;
    if (dict != NULL && dict != Py_None && !PyDict_Check(dict)) {
        PyErr_Format(PyExc_TypeError, "%.500s() takes a dict as second arg, if any",
                     type->tp_name);
        return NULL;
    }
    return structseq_fill(type, seq, dict);
}

int
PyStructSequence_InitType2(PyTypeObject *type, PyStructSequence_Desc *desc)
{
    if (registry_size == MAX_TYPES)
        Py_FatalError("structseq: too many struct sequence types");
    registry[registry_size].type = type;
    registry[registry_size].desc = desc;
    registry[registry_size].n_fields = count_fields(desc);
    registry_size++;
    Py_SET_TYPE(type, &PyType_Type);
    Py_SET_REFCNT(type, RT_IMMORTAL_REFCNT);
    type->tp_name = desc->name;
    type->tp_doc = desc->doc;
    type->tp_base = &PyTuple_Type;
    type->tp_basicsize = PyTuple_Type.tp_basicsize;
    type->tp_itemsize = PyTuple_Type.tp_itemsize;
    type->tp_dealloc = structseq_dealloc;
    type->tp_repr = structseq_repr;
    type->tp_getattro = structseq_getattro;
    type->tp_setattro = structseq_setattro;
    type->tp_traverse = structseq_traverse;
    type->tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_TUPLE_SUBCLASS;
    // Without a tp_new of its own the type must not inherit tuple's.
    if (type->tp_new == NULL)
        type->tp_flags |= Py_TPFLAGS_DISALLOW_INSTANTIATION;
    type->tp_free = PyObject_GC_Del;
    return PyType_Ready(type);
}
