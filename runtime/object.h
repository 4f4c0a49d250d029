// object.h: the object header, type objects, slot signatures and reference counting.
// The layout and names follow CPython 3.11 so that include/Python.h can map onto them.
// Allocation lives in alloc.h, the generic protocols (repr, hash, compare, ...) in abstract.h.
#ifndef KRAIT_RUNTIME_OBJECT_H
#define KRAIT_RUNTIME_OBJECT_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

typedef ssize_t Py_ssize_t;
typedef Py_ssize_t Py_hash_t;
typedef size_t Py_uhash_t;

#define PY_SSIZE_T_MAX ((Py_ssize_t)(((size_t)-1) >> 1))
#define PY_SSIZE_T_MIN (-PY_SSIZE_T_MAX - 1)

struct _typeobject;

// Every object starts with this header: a reference count and a type.
typedef struct _object {
    Py_ssize_t ob_refcnt;
    struct _typeobject *ob_type;
} PyObject;

// Header of variable-size objects (int, tuple, bytes, type): ob_size counts items.
typedef struct {
    PyObject ob_base;
    Py_ssize_t ob_size;
} PyVarObject;

#define PyObject_HEAD PyObject ob_base;
#define PyObject_VAR_HEAD PyVarObject ob_base;

// Immortal objects (None, True, small ints, static types) start with a count so large that
// no program can bring it to zero, so Py_DECREF needs no extra branch to spare them.
#define RT_IMMORTAL_REFCNT ((Py_ssize_t)1 << 60)

#define PyObject_HEAD_INIT(type) {RT_IMMORTAL_REFCNT, (type)}
#define PyVarObject_HEAD_INIT(type, size) {PyObject_HEAD_INIT(type), (size)}

// ---- slot signatures (CPython's) -------------------------------------------------------

typedef PyObject *(*unaryfunc)(PyObject *);
typedef PyObject *(*binaryfunc)(PyObject *, PyObject *);
typedef PyObject *(*ternaryfunc)(PyObject *, PyObject *, PyObject *);
typedef int (*inquiry)(PyObject *);
typedef Py_ssize_t (*lenfunc)(PyObject *);
typedef PyObject *(*ssizeargfunc)(PyObject *, Py_ssize_t);
typedef int (*ssizeobjargproc)(PyObject *, Py_ssize_t, PyObject *);
typedef int (*objobjargproc)(PyObject *, PyObject *, PyObject *);
typedef int (*objobjproc)(PyObject *, PyObject *);
typedef int (*visitproc)(PyObject *, void *);
typedef int (*traverseproc)(PyObject *, visitproc, void *);
typedef void (*freefunc)(void *);
typedef void (*destructor)(PyObject *);
typedef PyObject *(*getattrfunc)(PyObject *, char *);
typedef int (*setattrfunc)(PyObject *, char *, PyObject *);
typedef PyObject *(*getattrofunc)(PyObject *, PyObject *);
typedef int (*setattrofunc)(PyObject *, PyObject *, PyObject *);
typedef PyObject *(*reprfunc)(PyObject *);
typedef Py_hash_t (*hashfunc)(PyObject *);
typedef PyObject *(*richcmpfunc)(PyObject *, PyObject *, int);
typedef PyObject *(*getiterfunc)(PyObject *);
typedef PyObject *(*iternextfunc)(PyObject *);
typedef PyObject *(*descrgetfunc)(PyObject *, PyObject *, PyObject *);
typedef int (*descrsetfunc)(PyObject *, PyObject *, PyObject *);
typedef int (*initproc)(PyObject *, PyObject *, PyObject *);
typedef PyObject *(*newfunc)(struct _typeobject *, PyObject *, PyObject *);
typedef PyObject *(*allocfunc)(struct _typeobject *, Py_ssize_t);
typedef PyObject *(*vectorcallfunc)(PyObject *callable, PyObject *const *args, size_t nargsf,
                                    PyObject *kwnames);

// Rich comparison operators, as CPython numbers them.
enum { Py_LT = 0, Py_LE = 1, Py_EQ = 2, Py_NE = 3, Py_GT = 4, Py_GE = 5 };

typedef struct {
    binaryfunc nb_add;
    binaryfunc nb_subtract;
    binaryfunc nb_multiply;
    binaryfunc nb_remainder;
    binaryfunc nb_divmod;
    ternaryfunc nb_power;
    unaryfunc nb_negative;
    unaryfunc nb_positive;
    unaryfunc nb_absolute;
    inquiry nb_bool;
    unaryfunc nb_invert;
    binaryfunc nb_lshift;
    binaryfunc nb_rshift;
    binaryfunc nb_and;
    binaryfunc nb_xor;
    binaryfunc nb_or;
    unaryfunc nb_int;
    void *nb_reserved;
    unaryfunc nb_float;
    binaryfunc nb_inplace_add;
    binaryfunc nb_inplace_subtract;
    binaryfunc nb_inplace_multiply;
    binaryfunc nb_inplace_remainder;
    ternaryfunc nb_inplace_power;
    binaryfunc nb_inplace_lshift;
    binaryfunc nb_inplace_rshift;
    binaryfunc nb_inplace_and;
    binaryfunc nb_inplace_xor;
    binaryfunc nb_inplace_or;
    binaryfunc nb_floor_divide;
    binaryfunc nb_true_divide;
    binaryfunc nb_inplace_floor_divide;
    binaryfunc nb_inplace_true_divide;
    unaryfunc nb_index;
    binaryfunc nb_matrix_multiply;
    binaryfunc nb_inplace_matrix_multiply;
} PyNumberMethods;

typedef struct {
    lenfunc sq_length;
    binaryfunc sq_concat;
    ssizeargfunc sq_repeat;
    ssizeargfunc sq_item;
    void *was_sq_slice;
    ssizeobjargproc sq_ass_item;
    void *was_sq_ass_slice;
    objobjproc sq_contains;
    binaryfunc sq_inplace_concat;
    ssizeargfunc sq_inplace_repeat;
} PySequenceMethods;

typedef struct {
    lenfunc mp_length;
    binaryfunc mp_subscript;
    objobjargproc mp_ass_subscript;
} PyMappingMethods;

typedef struct {
    unaryfunc am_await;
    unaryfunc am_aiter;
    unaryfunc am_anext;
    void *am_send;
} PyAsyncMethods;

// The buffer protocol (runtime/objects/buffer.h has Py_buffer, the request flags and the calls):
// bf_getbuffer fills a view of the object's memory and returns 0, or -1 with BufferError;
// bf_releasebuffer (may be NULL) is called once for each view filled when it is released.
typedef struct bufferinfo Py_buffer;
typedef int (*getbufferproc)(PyObject *, Py_buffer *, int);
typedef void (*releasebufferproc)(PyObject *, Py_buffer *);

typedef struct PyBufferProcs {
    getbufferproc bf_getbuffer;
    releasebufferproc bf_releasebuffer;
} PyBufferProcs;

struct PyMethodDef;
struct PyMemberDef;
struct PyGetSetDef;

// A type object. Field order is CPython 3.11's; initialize with designated initializers.
typedef struct _typeobject {
    PyObject_VAR_HEAD
    const char *tp_name;
    Py_ssize_t tp_basicsize, tp_itemsize;
    destructor tp_dealloc;
    Py_ssize_t tp_vectorcall_offset;
    getattrfunc tp_getattr;
    setattrfunc tp_setattr;
    PyAsyncMethods *tp_as_async;
    reprfunc tp_repr;
    PyNumberMethods *tp_as_number;
    PySequenceMethods *tp_as_sequence;
    PyMappingMethods *tp_as_mapping;
    hashfunc tp_hash;
    ternaryfunc tp_call;
    reprfunc tp_str;
    getattrofunc tp_getattro;
    setattrofunc tp_setattro;
    PyBufferProcs *tp_as_buffer;
    unsigned long tp_flags;
    const char *tp_doc;
    traverseproc tp_traverse; // the collector reaches an object's children only through this
    inquiry tp_clear;         // drops the references that may form cycles
    richcmpfunc tp_richcompare;
    Py_ssize_t tp_weaklistoffset;
    getiterfunc tp_iter;
    iternextfunc tp_iternext;
    struct PyMethodDef *tp_methods;
    struct PyMemberDef *tp_members;
    struct PyGetSetDef *tp_getset;
    struct _typeobject *tp_base;
    PyObject *tp_dict;
    descrgetfunc tp_descr_get;
    descrsetfunc tp_descr_set;
    Py_ssize_t tp_dictoffset;
    initproc tp_init;
    allocfunc tp_alloc;
    newfunc tp_new;
    freefunc tp_free;
    inquiry tp_is_gc;
    PyObject *tp_bases;
    PyObject *tp_mro;
    PyObject *tp_cache;
    PyObject *tp_subclasses;
    PyObject *tp_weaklist;
    destructor tp_del;
    unsigned int tp_version_tag; // changes whenever the type or a base changes; 0 = none yet
    destructor tp_finalize;
    vectorcallfunc tp_vectorcall;
} PyTypeObject;

// tp_flags bits, with CPython's values.
#define Py_TPFLAGS_MANAGED_DICT (1UL << 4)
#define Py_TPFLAGS_SEQUENCE (1UL << 5)
#define Py_TPFLAGS_MAPPING (1UL << 6)
#define Py_TPFLAGS_DISALLOW_INSTANTIATION (1UL << 7)
#define Py_TPFLAGS_IMMUTABLETYPE (1UL << 8)
#define Py_TPFLAGS_HEAPTYPE (1UL << 9)
#define Py_TPFLAGS_BASETYPE (1UL << 10)
#define Py_TPFLAGS_HAVE_VECTORCALL (1UL << 11)
#define Py_TPFLAGS_READY (1UL << 12)
#define Py_TPFLAGS_READYING (1UL << 13)
#define Py_TPFLAGS_HAVE_GC (1UL << 14)
#define Py_TPFLAGS_METHOD_DESCRIPTOR (1UL << 17)
#define Py_TPFLAGS_VALID_VERSION_TAG (1UL << 19)
#define Py_TPFLAGS_IS_ABSTRACT (1UL << 20)
#define Py_TPFLAGS_LONG_SUBCLASS (1UL << 24)
#define Py_TPFLAGS_LIST_SUBCLASS (1UL << 25)
#define Py_TPFLAGS_TUPLE_SUBCLASS (1UL << 26)
#define Py_TPFLAGS_BYTES_SUBCLASS (1UL << 27)
#define Py_TPFLAGS_UNICODE_SUBCLASS (1UL << 28)
#define Py_TPFLAGS_DICT_SUBCLASS (1UL << 29)
#define Py_TPFLAGS_BASE_EXC_SUBCLASS (1UL << 30)
#define Py_TPFLAGS_TYPE_SUBCLASS (1UL << 31)
#define Py_TPFLAGS_DEFAULT 0UL

// ---- header access ---------------------------------------------------------------------
// These macros only cast, so any object struct pointer can be passed.

#define Py_TYPE(o) (((PyObject *)(o))->ob_type)
#define Py_REFCNT(o) (((PyObject *)(o))->ob_refcnt)
#define Py_SIZE(o) (((PyVarObject *)(o))->ob_size)
#define Py_SET_TYPE(o, t) (Py_TYPE(o) = (t))
#define Py_SET_SIZE(o, n) (Py_SIZE(o) = (n))
#define Py_SET_REFCNT(o, n) (Py_REFCNT(o) = (n))
#define Py_IS_TYPE(o, t) (Py_TYPE(o) == (t))
#define Py_Is(x, y) ((PyObject *)(x) == (PyObject *)(y))

// True if the type object t has every bit of flag f set.
static inline int
PyType_HasFeature(const PyTypeObject *t, unsigned long f)
{
    return (t->tp_flags & f) != 0;
}
#define PyType_FastSubclass(t, f) PyType_HasFeature(t, f)

// ---- reference counting ----------------------------------------------------------------

// A debug build (RT_REF_DEBUG, on in Debug builds) keeps two totals, as CPython's debug
// builds do: every reference counted anywhere (sys.gettotalrefcount()) and every object
// alive (made by rt_new_reference, not yet deallocated). A leak shows up as a total that
// keeps growing when the same code runs again.
#ifdef RT_REF_DEBUG
extern Py_ssize_t rt_ref_total;
extern Py_ssize_t rt_live_objects;
#define RT_REF_ADD(n) (rt_ref_total += (n))
#define RT_LIVE_ADD(n) (rt_live_objects += (n))
#else
#define RT_REF_ADD(n) ((void)0)
#define RT_LIVE_ADD(n) ((void)0)
#endif

// Give a newly made object (fresh memory or a free-list entry) its first reference. Every
// object creation passes here (CPython's _Py_NewReference).
static inline void
rt_new_reference(PyObject *o)
{
    o->ob_refcnt = 1;
    RT_REF_ADD(1);
    RT_LIVE_ADD(1);
}

// Destroy an object whose count reached zero: calls its type's tp_dealloc.
void rt_object_dealloc(PyObject *o);

// Drop the last reference to o without calling its deallocator, for a deallocator that
// frees a chain of objects (tracebacks, frames) in a loop instead of recursing.
static inline void
rt_release_last_reference(PyObject *o)
{
    o->ob_refcnt = 0;
    RT_REF_ADD(-1);
    RT_LIVE_ADD(-1);
}

static inline void
rt_incref(PyObject *o)
{
    o->ob_refcnt++;
    RT_REF_ADD(1);
}

static inline void
rt_decref(PyObject *o)
{
    RT_REF_ADD(-1);
    if (--o->ob_refcnt == 0)
        rt_object_dealloc(o);
}

static inline void
rt_xincref(PyObject *o)
{
    if (o != NULL)
        rt_incref(o);
}

static inline void
rt_xdecref(PyObject *o)
{
    if (o != NULL)
        rt_decref(o);
}

static inline PyObject *
rt_newref(PyObject *o)
{
    rt_incref(o);
    return o;
}

static inline PyObject *
rt_xnewref(PyObject *o)
{
    if (o != NULL)
        rt_incref(o);
    return o;
}

#define Py_INCREF(o) rt_incref((PyObject *)(o))
#define Py_DECREF(o) rt_decref((PyObject *)(o))
#define Py_XINCREF(o) rt_xincref((PyObject *)(o))
#define Py_XDECREF(o) rt_xdecref((PyObject *)(o))
#define Py_NewRef(o) rt_newref((PyObject *)(o))
#define Py_XNewRef(o) rt_xnewref((PyObject *)(o))

// Clear a field holding a reference: the field is NULL before the old value is released,
// so a destructor that looks at the field again sees a consistent object.
#define Py_CLEAR(field)                                                                        \
    do {                                                                                       \
        PyObject *rt_tmp_ = (PyObject *)(field);                                               \
        if (rt_tmp_ != NULL) {                                                                 \
            (field) = NULL;                                                                    \
            Py_DECREF(rt_tmp_);                                                                \
        }                                                                                      \
    } while (0)

// Replace a field's reference with a new (owned) one, releasing the old one afterwards.
#define Py_SETREF(field, value)                                                                \
    do {                                                                                       \
        PyObject *rt_tmp_ = (PyObject *)(field);                                               \
        (field) = (value);                                                                     \
        Py_DECREF(rt_tmp_);                                                                    \
    } while (0)

#define Py_XSETREF(field, value)                                                               \
    do {                                                                                       \
        PyObject *rt_tmp_ = (PyObject *)(field);                                               \
        (field) = (value);                                                                     \
        Py_XDECREF(rt_tmp_);                                                                   \
    } while (0)

// Visit a child reference from tp_traverse; stops the traversal on a non-zero result.
#define Py_VISIT(op)                                                                           \
    do {                                                                                       \
        if (op) {                                                                              \
            int rt_vret_ = visit((PyObject *)(op), arg);                                       \
            if (rt_vret_)                                                                      \
                return rt_vret_;                                                               \
        }                                                                                      \
    } while (0)

// ---- the singletons --------------------------------------------------------------------

extern PyObject rt_none_object;
extern PyObject rt_notimplemented_object;
extern PyObject rt_ellipsis_object;
extern PyTypeObject PyNone_Type;           // NoneType
extern PyTypeObject PyNotImplemented_Type; // NotImplementedType
extern PyTypeObject PyEllipsis_Type;       // ellipsis

#define Py_None (&rt_none_object)
#define Py_NotImplemented (&rt_notimplemented_object)
#define Py_Ellipsis (&rt_ellipsis_object)

#define Py_RETURN_NONE return Py_None
#define Py_RETURN_NOTIMPLEMENTED return Py_NotImplemented

// Immortal singletons need no INCREF, but returning them through Py_NewRef keeps the
// ownership rule uniform ("returns a new reference") and costs one add.
#define Py_IsNone(o) Py_Is((o), Py_None)

// Return the result of comparing a and b (C values) with CPython operator op as True/False.
#define Py_RETURN_RICHCOMPARE(a, b, op)                                                        \
    do {                                                                                       \
        int rt_r_;                                                                             \
        switch (op) {                                                                          \
        case Py_LT: rt_r_ = (a) < (b); break;                                                  \
        case Py_LE: rt_r_ = (a) <= (b); break;                                                 \
        case Py_EQ: rt_r_ = (a) == (b); break;                                                 \
        case Py_NE: rt_r_ = (a) != (b); break;                                                 \
        case Py_GT: rt_r_ = (a) > (b); break;                                                  \
        default: rt_r_ = (a) >= (b); break;                                                    \
        }                                                                                      \
        return PyBool_FromLong(rt_r_);                                                         \
    } while (0)

// ---- the `object` and `type` types (objects/object.c, objects/type.c) -------------------

extern PyTypeObject PyBaseObject_Type; // object
extern PyTypeObject PyType_Type;       // type

#define PyType_Check(o) PyType_FastSubclass(Py_TYPE(o), Py_TPFLAGS_TYPE_SUBCLASS)
#define PyType_CheckExact(o) Py_IS_TYPE(o, &PyType_Type)

// Fill in a static type's inherited slots, base, bases, MRO and version tag; idempotent.
// Returns 0, or -1 with an exception set.
int PyType_Ready(PyTypeObject *t);

// True if a is b or a subclass of b (through the MRO once ready, else the tp_base chain).
int PyType_IsSubtype(PyTypeObject *a, PyTypeObject *b);

#define PyObject_TypeCheck(o, t) (Py_IS_TYPE(o, t) || PyType_IsSubtype(Py_TYPE(o), (t)))

// Allocate a zeroed instance of t with room for nitems items; GC types get their header
// (untracked). Returns a new reference, or NULL with MemoryError set.
PyObject *PyType_GenericAlloc(PyTypeObject *t, Py_ssize_t nitems);

// tp_new that just allocates: returns t->tp_alloc(t, 0).
PyObject *PyType_GenericNew(PyTypeObject *t, PyObject *args, PyObject *kwds);

// Hand out a new version tag for t and invalidate its subclasses' tags (caches key on them).
void rt_type_modified(PyTypeObject *t);

// The type's name as Python shows it (the part of tp_name after the last dot): borrowed C string.
const char *rt_type_name(PyTypeObject *t);

// The default tp_dealloc for plain (non-GC) objects: calls tp_free. (Instances of classes
// go through rt_subtype_dealloc, which drops their reference to the class.)
void rt_object_generic_dealloc(PyObject *o);

// object.__repr__: "<module.Name object at 0x...>". Returns a new str or NULL.
PyObject *rt_object_default_repr(PyObject *o);

// tp_hash of unhashable types: raises TypeError "unhashable type: 'T'" and returns -1.
Py_hash_t PyObject_HashNotImplemented(PyObject *o);

// Guard repr() of containers against self-reference: 0 the first time o is entered,
// 1 if o is already being repr'd on this thread (print "[...]"), -1 on error.
int Py_ReprEnter(PyObject *o);

// Leave what Py_ReprEnter entered; never fails.
void Py_ReprLeave(PyObject *o);

#endif
