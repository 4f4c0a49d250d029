// heaptype.h: classes made at run time (heap types) and the data model around them:
// type(name, bases, ns) (type_new.c); C3 MROs, subclass lists, __bases__ assignment, and the
// life of instances and classes (type_heap.c); the dunder → slot dispatchers (typeslots.c);
// super (super.c); property, classmethod and staticmethod (funcdescr.c). Readying static
// types and type() with one argument stay in type.c, attribute lookup in typeattr.h.
#ifndef KRAIT_RUNTIME_HEAPTYPE_H
#define KRAIT_RUNTIME_HEAPTYPE_H

#include "runtime/object.h"
#include "runtime/objects/code.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/dict.h"

// A class made by type(name, bases, ns): the type object followed by its own method tables
// (tp_as_number ... point into it) and the names CPython keeps beside it.
typedef struct {
    PyTypeObject ht_type;
    PyAsyncMethods as_async;
    PyNumberMethods as_number;
    PyMappingMethods as_mapping;
    PySequenceMethods as_sequence;
    PyObject *ht_name;     // str: __name__ (tp_name points at its UTF-8)
    PyObject *ht_slots;    // tuple of the mangled, sorted __slots__ names, or NULL
    PyObject *ht_qualname; // str: __qualname__
    RtDictKeys *ht_cached_keys; // keys shared by the instance dicts (split dicts), or NULL
    PyObject *ht_module;   // the module of classes made by extension modules, or NULL
} PyHeapTypeObject;

// The member descriptors of a heap type's __slots__ follow the type object (the metatype's
// tp_itemsize is sizeof(PyMemberDef)); Py_SIZE(type) counts them.
#define PyHeapType_GET_MEMBERS(t)                                                              \
    ((PyMemberDef *)((char *)(t) + Py_TYPE(t)->tp_basicsize))

// ---- creating classes (type_new.c) -----------------------------------------------------------

// type.__new__(meta, name, bases, ns, **kwds): a new class (new reference), or NULL with
// CPython's errors (argument types, metaclass conflict, layout conflicts, bad __slots__, ...).
// Runs __set_name__ on the namespace's values and the parent's __init_subclass__(**kwds).
PyObject *rt_type_new(PyTypeObject *meta, PyObject *args, PyObject *kwds);

// The most derived of meta and the metaclasses of bases (a tuple), borrowed; NULL with
// TypeError "metaclass conflict: ..." when they are unrelated.
PyTypeObject *rt_type_calculate_metaclass(PyTypeObject *meta, PyObject *bases);

// The base among bases (a tuple of types) whose instance layout the others extend, borrowed;
// NULL with TypeError ("bases must be types", "type 'X' is not an acceptable base type",
// "multiple bases have instance lay-out conflict").
PyTypeObject *rt_type_best_base(PyObject *bases);

// ---- MRO, subclasses, bases (type_heap.c) ------------------------------------------------------

// The C3 linearization of t from t->tp_bases (CPython's mro_implementation): a new list,
// or NULL with TypeError "Cannot create a consistent method resolution\norder (MRO) for bases
// A, B" / "duplicate base class A".
PyObject *rt_type_mro_impl(PyTypeObject *t);

// Compute and store t->tp_mro, calling a metaclass's own mro() when it has one. 0 or -1.
int rt_type_mro_internal(PyTypeObject *t);

// Record t in base->tp_subclasses (a dict {id: id}: borrowed, until weak references exist;
// a class removes itself when it dies). 0 or -1.
int rt_type_add_subclass(PyTypeObject *base, PyTypeObject *t);

// Forget t in the subclass lists of all its bases; never fails.
void rt_type_remove_subclasses(PyTypeObject *t);

// type.__subclasses__(): a new list of t's direct subclasses, or NULL.
PyObject *rt_type_subclasses(PyTypeObject *t);

// Call fn(sub, arg) for every direct subclass of t, stopping at the first non-zero result,
// which is returned. fn must not add or remove subclasses of t (use rt_type_subclasses).
int rt_type_each_subclass(PyTypeObject *t, int (*fn)(PyTypeObject *sub, void *arg), void *arg);

// t.__bases__ = bases, with CPython's checks; recomputes the MRO of t and its subclasses and
// invalidates their version tags. 0 or -1.
int rt_type_set_bases(PyTypeObject *t, PyObject *bases);

// tp_dealloc, tp_traverse, tp_clear of instances of heap types: __del__, the slots, the
// instance dict, then the nearest static base's own deallocator.
void rt_subtype_dealloc(PyObject *o);
int rt_subtype_traverse(PyObject *o, visitproc visit, void *arg);
int rt_subtype_clear(PyObject *o);

// tp_dealloc, tp_traverse, tp_clear and tp_is_gc of `type` (only heap types are GC objects).
void rt_type_dealloc(PyObject *o);
int rt_type_traverse(PyObject *o, visitproc visit, void *arg);
int rt_type_clear(PyObject *o);
int rt_type_is_gc(PyObject *o);

// The __dict__ / __weakref__ getsets that classes adding an instance dict or a weak
// reference slot get (CPython's subtype_getsets_*), chosen by what the class added.
extern PyGetSetDef rt_subtype_getsets_full[];
extern PyGetSetDef rt_subtype_getsets_dict_only[];
extern PyGetSetDef rt_subtype_getsets_weakref_only[];

// "module.qualname" of a class, as repr() shows it; the bare tp_name for static types and
// classes of module builtins. New str, or NULL.
PyObject *rt_type_display_name(PyTypeObject *t);

// tp_alloc of str subclasses: the code points are stored inline, so the instance dict goes
// after them (a negative tp_dictoffset counted from their end, see rt_object_dict_ptr).
PyObject *rt_type_str_subtype_alloc(PyTypeObject *t, Py_ssize_t nbytes);

// ---- dunder → slot dispatch (typeslots.c) -------------------------------------------------------

// After PyType_Ready of a heap type: point every slot at the C function its dunder (found
// along the MRO) calls: a Python method gets the generic slot_* dispatcher, a C slot wrapper
// its own C function, nothing the NULL slot (CPython's fixup_slot_dispatchers).
void rt_type_fixup_slots(PyTypeObject *t);

// After t.name was set or deleted: refresh the slots that the dunder `name` drives in t and
// in the subclasses that inherit it (CPython's update_slot). 0 or -1.
int rt_type_update_slot(PyTypeObject *t, PyObject *name);

// cls[key] for a class whose metaclass has no __getitem__ (CPython's branch of
// PyObject_GetItem for types): cls.__class_getitem__(key), or TypeError "type 'X' is not
// subscriptable". New reference or NULL.
PyObject *rt_type_class_getitem(PyObject *cls, PyObject *key);

// The special method `name` of obj's type (not the instance), bound to obj: new reference,
// or NULL — with an exception set only when the lookup itself failed.
PyObject *rt_type_lookup_special(PyObject *obj, PyObject *name);

// The slot functions of classes (the `function` column of slotdefs.c).
PyObject *rt_slot_tp_repr(PyObject *self);
PyObject *rt_slot_tp_str(PyObject *self);
Py_hash_t rt_slot_tp_hash(PyObject *self);
PyObject *rt_slot_tp_call(PyObject *self, PyObject *args, PyObject *kwds);
PyObject *rt_slot_tp_getattro(PyObject *self, PyObject *name); // __getattribute__/__getattr__
int rt_slot_tp_setattro(PyObject *self, PyObject *name, PyObject *value);
PyObject *rt_slot_tp_richcompare(PyObject *self, PyObject *other, int op);
PyObject *rt_slot_tp_iter(PyObject *self);
PyObject *rt_slot_tp_iternext(PyObject *self);
PyObject *rt_slot_tp_descr_get(PyObject *self, PyObject *obj, PyObject *type);
int rt_slot_tp_descr_set(PyObject *self, PyObject *obj, PyObject *value);
int rt_slot_tp_init(PyObject *self, PyObject *args, PyObject *kwds);
PyObject *rt_slot_tp_new(PyTypeObject *type, PyObject *args, PyObject *kwds);
void rt_slot_tp_finalize(PyObject *self);
Py_ssize_t rt_slot_sq_length(PyObject *self);
Py_ssize_t rt_slot_mp_length(PyObject *self);
PyObject *rt_slot_sq_item(PyObject *self, Py_ssize_t i);
int rt_slot_sq_ass_item(PyObject *self, Py_ssize_t i, PyObject *value);
int rt_slot_sq_contains(PyObject *self, PyObject *value);
PyObject *rt_slot_mp_subscript(PyObject *self, PyObject *key);
int rt_slot_mp_ass_subscript(PyObject *self, PyObject *key, PyObject *value);
int rt_slot_nb_bool(PyObject *self);
PyObject *rt_slot_nb_power(PyObject *self, PyObject *other, PyObject *mod);
PyObject *rt_slot_nb_inplace_power(PyObject *self, PyObject *other, PyObject *mod);

// The binary operators (left operand's __op__, then the right's __rop__, subclass first),
// the in-place ones (__iop__) and the unary ones: X(slot, dunder[, reflected dunder]).
#define RT_SLOT_BINARY(X)                                                                      \
    X(nb_add, "__add__", "__radd__")                                                           \
    X(nb_subtract, "__sub__", "__rsub__")                                                      \
    X(nb_multiply, "__mul__", "__rmul__")                                                      \
    X(nb_remainder, "__mod__", "__rmod__")                                                     \
    X(nb_divmod, "__divmod__", "__rdivmod__")                                                  \
    X(nb_lshift, "__lshift__", "__rlshift__")                                                  \
    X(nb_rshift, "__rshift__", "__rrshift__")                                                  \
    X(nb_and, "__and__", "__rand__")                                                           \
    X(nb_xor, "__xor__", "__rxor__")                                                           \
    X(nb_or, "__or__", "__ror__")                                                              \
    X(nb_floor_divide, "__floordiv__", "__rfloordiv__")                                        \
    X(nb_true_divide, "__truediv__", "__rtruediv__")                                           \
    X(nb_matrix_multiply, "__matmul__", "__rmatmul__")
#define RT_SLOT_INPLACE(X)                                                                     \
    X(nb_inplace_add, "__iadd__")                                                              \
    X(nb_inplace_subtract, "__isub__")                                                         \
    X(nb_inplace_multiply, "__imul__")                                                         \
    X(nb_inplace_remainder, "__imod__")                                                        \
    X(nb_inplace_lshift, "__ilshift__")                                                        \
    X(nb_inplace_rshift, "__irshift__")                                                        \
    X(nb_inplace_and, "__iand__")                                                              \
    X(nb_inplace_xor, "__ixor__")                                                              \
    X(nb_inplace_or, "__ior__")                                                                \
    X(nb_inplace_floor_divide, "__ifloordiv__")                                                \
    X(nb_inplace_true_divide, "__itruediv__")                                                  \
    X(nb_inplace_matrix_multiply, "__imatmul__")
#define RT_SLOT_UNARY(X)                                                                       \
    X(nb_negative, "__neg__")                                                                  \
    X(nb_positive, "__pos__")                                                                  \
    X(nb_absolute, "__abs__")                                                                  \
    X(nb_invert, "__invert__")                                                                 \
    X(nb_int, "__int__")                                                                       \
    X(nb_float, "__float__")                                                                   \
    X(nb_index, "__index__")                                                                   \
    X(am_await, "__await__")                                                                   \
    X(am_aiter, "__aiter__")                                                                   \
    X(am_anext, "__anext__")
#define RT_SLOT_DECLARE_BINARY(slot, ...) PyObject *rt_slot_##slot(PyObject *self, PyObject *other);
#define RT_SLOT_DECLARE_UNARY(slot, name) PyObject *rt_slot_##slot(PyObject *self);
RT_SLOT_BINARY(RT_SLOT_DECLARE_BINARY)
RT_SLOT_INPLACE(RT_SLOT_DECLARE_BINARY)
RT_SLOT_UNARY(RT_SLOT_DECLARE_UNARY)
#undef RT_SLOT_DECLARE_BINARY
#undef RT_SLOT_DECLARE_UNARY

// ---- super (super.c) --------------------------------------------------------------------------

extern PyTypeObject PySuper_Type; // super

// What zero-argument super() and type() need to know about the running Python frame.
typedef struct {
    PyCodeObject *code;    // the frame's code object (borrowed)
    PyObject **localsplus; // its locals, cells and free variables (co_nlocalsplus slots)
    PyObject *globals;     // its globals dict (borrowed)
} RtFrameView;

// Fills *view with the innermost running frame and returns 1, or returns 0 when no Python
// code is running. The VM installs it at start-up (vm_init); NULL until then.
extern int (*rt_current_frame_hook)(RtFrameView *view);

// ---- property, classmethod, staticmethod (funcdescr.c) -------------------------------------------

// A property (the interpreter's LOAD_ATTR_PROPERTY calls prop_get without the descriptor
// protocol).
typedef struct {
    PyObject_HEAD
    PyObject *prop_get; // NULL when absent (None is stored as NULL)
    PyObject *prop_set;
    PyObject *prop_del;
    PyObject *prop_doc;
    PyObject *prop_name; // set by __set_name__, for error messages
    int getter_doc;      // the doc came from the getter (so a new getter brings its own)
} PropertyObject;

extern PyTypeObject PyProperty_Type;     // property
extern PyTypeObject PyClassMethod_Type;  // classmethod
extern PyTypeObject PyStaticMethod_Type; // staticmethod

// classmethod(callable) / staticmethod(callable): new references, or NULL.
PyObject *PyClassMethod_New(PyObject *callable);
PyObject *PyStaticMethod_New(PyObject *callable);

#endif
