// descr.h: how C code describes the attributes of its types (PyMethodDef, PyMemberDef,
// PyGetSetDef, the slot-wrapper table entry), and the descriptor objects made from them:
// method_descriptor, classmethod_descriptor, member_descriptor, getset_descriptor,
// wrapper_descriptor and method-wrapper (descr.c). mappingproxy is in mappingproxy.c, bound
// C functions (builtin_function_or_method) in methodobject.h, attribute lookup in typeattr.h.
#ifndef KRAIT_RUNTIME_DESCR_H
#define KRAIT_RUNTIME_DESCR_H

#include "runtime/object.h"

// ---- C functions and their calling conventions (CPython's flag values) --------------------

typedef PyObject *(*PyCFunction)(PyObject *self, PyObject *arg);
typedef PyObject *(*PyCFunctionWithKeywords)(PyObject *self, PyObject *args, PyObject *kwargs);
typedef PyObject *(*PyCFunctionFast)(PyObject *self, PyObject *const *args, Py_ssize_t nargs);
typedef PyObject *(*PyCFunctionFastWithKeywords)(PyObject *self, PyObject *const *args,
                                                 Py_ssize_t nargs, PyObject *kwnames);
typedef PyObject *(*PyCMethod)(PyObject *self, PyTypeObject *defining_class,
                               PyObject *const *args, size_t nargsf, PyObject *kwnames);

#define METH_VARARGS 0x0001  // f(self, args_tuple)
#define METH_KEYWORDS 0x0002 // with METH_VARARGS: f(self, args_tuple, kwargs_dict_or_NULL)
#define METH_NOARGS 0x0004   // f(self, NULL)
#define METH_O 0x0008        // f(self, arg)
#define METH_CLASS 0x0010    // in tp_methods: bound to the type (classmethod)
#define METH_STATIC 0x0020   // in tp_methods: not bound at all (staticmethod)
#define METH_COEXIST 0x0040  // in tp_methods: replaces a slot wrapper of the same name
#define METH_FASTCALL 0x0080 // f(self, args, nargs) (with METH_KEYWORDS: and kwnames)
#define METH_METHOD 0x0200   // with FASTCALL|KEYWORDS: f(self, defining_class, args, nargsf, kwnames)

// One C function or method: a NULL ml_name ends a table.
typedef struct PyMethodDef {
    const char *ml_name;
    PyCFunction ml_meth; // cast from the signature ml_flags announces
    int ml_flags;
    const char *ml_doc; // may start with "name(sig)\n--\n\n" (the text signature)
} PyMethodDef;

// ---- members: C fields exposed as attributes ---------------------------------------------

#define T_SHORT 0
#define T_INT 1
#define T_LONG 2
#define T_FLOAT 3
#define T_DOUBLE 4
#define T_STRING 5 // const char * field, read as str (None when NULL)
#define T_OBJECT 6 // PyObject * field; NULL reads as None
#define T_CHAR 7
#define T_BYTE 8
#define T_UBYTE 9
#define T_USHORT 10
#define T_UINT 11
#define T_ULONG 12
#define T_STRING_INPLACE 13
#define T_BOOL 14 // char field read as bool
#define T_OBJECT_EX 16 // PyObject * field; NULL raises AttributeError
#define T_LONGLONG 17
#define T_ULONGLONG 18
#define T_PYSSIZET 19
#define T_NONE 20 // always None

#define READONLY 1
#define PY_AUDIT_READ 2
#define PY_WRITE_RESTRICTED 4

typedef struct PyMemberDef {
    const char *name;
    int type;
    Py_ssize_t offset; // from the start of the object
    int flags;
    const char *doc;
} PyMemberDef;

// ---- getsets: computed attributes -------------------------------------------------------

typedef PyObject *(*getter)(PyObject *self, void *closure);
typedef int (*setter)(PyObject *self, PyObject *value, void *closure); // value NULL: delete

typedef struct PyGetSetDef {
    const char *name;
    getter get;
    setter set; // NULL: read-only
    const char *doc;
    void *closure;
} PyGetSetDef;

// ---- slot wrappers ----------------------------------------------------------------------

// A wrapper turns a Python-level call (self, args tuple[, kwargs]) into a call of the slot
// function `wrapped` with the slot's C signature.
typedef PyObject *(*wrapperfunc)(PyObject *self, PyObject *args, void *wrapped);
typedef PyObject *(*wrapperfunc_kwds)(PyObject *self, PyObject *args, void *wrapped,
                                      PyObject *kwds);

// Which struct a slot lives in: the type object itself or one of its method tables.
enum { RT_SLOT_TYPE, RT_SLOT_NUMBER, RT_SLOT_SEQUENCE, RT_SLOT_MAPPING, RT_SLOT_ASYNC };

#define PyWrapperFlag_KEYWORDS 1 // the wrapper is a wrapperfunc_kwds

// One entry of the slot table (CPython's slotdef): the dunder `name` exposes the slot at
// `offset` inside the struct `table` names, through `wrapper` (NULL: no wrapper, e.g.
// __getattr__). `function` is the slot function a Python class defining `name` would get.
typedef struct wrapperbase {
    const char *name;
    int table;     // RT_SLOT_*
    int offset;    // offsetof the slot inside that struct
    void *function;
    wrapperfunc wrapper;
    const char *doc; // "__add__($self, value, /)\n--\n\nReturn self+value."
    int flags;       // PyWrapperFlag_*
} RtSlotDef;

// ---- descriptor objects -----------------------------------------------------------------

typedef struct {
    PyObject_HEAD
    PyTypeObject *d_type; // the type that defined the attribute (__objclass__)
    PyObject *d_name;     // str
    PyObject *d_qualname; // str, computed on first use, or NULL
} PyDescrObject;

#define PyDescr_COMMON PyDescrObject d_common
#define PyDescr_TYPE(x) (((PyDescrObject *)(x))->d_type)
#define PyDescr_NAME(x) (((PyDescrObject *)(x))->d_name)

typedef struct {
    PyDescr_COMMON;
    PyMethodDef *d_method;
    vectorcallfunc vectorcall;
} PyMethodDescrObject;

typedef struct {
    PyDescr_COMMON;
    PyMemberDef *d_member;
} PyMemberDescrObject;

typedef struct {
    PyDescr_COMMON;
    PyGetSetDef *d_getset;
} PyGetSetDescrObject;

typedef struct {
    PyDescr_COMMON;
    const RtSlotDef *d_base;
    void *d_wrapped; // the slot function of d_type
} PyWrapperDescrObject;

extern PyTypeObject PyMethodDescr_Type;      // method_descriptor
extern PyTypeObject PyClassMethodDescr_Type; // classmethod_descriptor
extern PyTypeObject PyMemberDescr_Type;      // member_descriptor
extern PyTypeObject PyGetSetDescr_Type;      // getset_descriptor
extern PyTypeObject PyWrapperDescr_Type;     // wrapper_descriptor
extern PyTypeObject rt_method_wrapper_type;  // method-wrapper: a slot wrapper bound to self
extern PyTypeObject PyDictProxy_Type;        // mappingproxy (mappingproxy.c)

// New descriptors for `type`'s attribute described by the given entry, which must outlive
// them (static tables). New references, or NULL with an exception set.
PyObject *PyDescr_NewMethod(PyTypeObject *type, PyMethodDef *method);
PyObject *PyDescr_NewClassMethod(PyTypeObject *type, PyMethodDef *method);
PyObject *PyDescr_NewMember(PyTypeObject *type, PyMemberDef *member);
PyObject *PyDescr_NewGetSet(PyTypeObject *type, PyGetSetDef *getset);
PyObject *PyDescr_NewWrapper(PyTypeObject *type, const RtSlotDef *base, void *wrapped);

// A method-wrapper: the wrapper descriptor d bound to self (d.__get__(self)). New reference.
PyObject *PyWrapper_New(PyObject *d, PyObject *self);

// True if d is a data descriptor (its type defines __set__/__delete__).
static inline int
PyDescr_IsData(PyObject *d)
{
    return Py_TYPE(d)->tp_descr_set != NULL;
}

// Read the member m of obj as an object (new reference), or NULL with an exception set
// (AttributeError for an unset T_OBJECT_EX field).
PyObject *PyMember_GetOne(const char *obj, PyMemberDef *m);

// Store v into the member m of obj (v NULL deletes): 0, or -1 with CPython's errors
// ("readonly attribute", "can't delete numeric/char attribute", TypeError on a bad value).
int PyMember_SetOne(char *obj, PyMemberDef *m, PyObject *v);

// A read-only view of a mapping (type.__dict__): mappingproxy(mapping). TypeError
// "mappingproxy() argument must be a mapping, not T" for non-mappings and lists/tuples.
PyObject *PyDictProxy_New(PyObject *mapping);

// __doc__ of an internal doc string: the part after the "name(sig)\n--\n\n" signature, as a
// new str, or None when doc is NULL. `name` is the function's or type's name.
PyObject *rt_descr_doc_from_internal(const char *name, const char *doc);

// __text_signature__: "(sig)" from an internal doc string, or None. New reference.
PyObject *rt_descr_text_signature_from_internal(const char *name, const char *doc);

// "qualname()" or "module.qualname()" of a callable, as CPython's _PyObject_FunctionStr,
// for "X() takes no arguments" style messages. New str, or NULL.
PyObject *rt_descr_function_str(PyObject *func);

// Raise TypeError(fmt) with %U the rt_descr_function_str of func and %zd n ("%U takes no
// arguments (%zd given)"); if naming func fails, that error stands instead.
void rt_descr_raise_for_function(PyObject *func, const char *fmt, Py_ssize_t n);

#endif
