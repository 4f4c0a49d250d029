// weakref.h: weak references (weakref.c): `weakref.ref` objects, the proxies, and the list
// of weak references that every weakly referenceable object keeps at tp_weaklistoffset.
// When the referent dies its deallocator calls PyObject_ClearWeakRefs, which clears them all
// and runs their callbacks; the cycle collector clears those to garbage before any finalizer.
#ifndef KRAIT_RUNTIME_WEAKREF_H
#define KRAIT_RUNTIME_WEAKREF_H

#include "runtime/object.h"

typedef struct PyWeakReference PyWeakReference;
struct PyWeakReference {
    PyObject_HEAD
    PyObject *wr_object;   // the referent (not counted), or Py_None once it is gone
    PyObject *wr_callback; // called with this reference when the referent dies, or NULL
    Py_hash_t hash;        // hash of the referent, -1 until asked for
    PyWeakReference *wr_prev, *wr_next; // the referent's list of weak references
};

extern PyTypeObject rt_weakref_ref_type;            // weakref.ReferenceType ("weakref")
extern PyTypeObject rt_weakref_proxy_type;          // weakref.ProxyType ("weakproxy")
extern PyTypeObject rt_weakref_callable_proxy_type; // weakref.CallableProxyType

#define PyWeakref_CheckRef(o) PyObject_TypeCheck((o), &rt_weakref_ref_type)
#define PyWeakref_CheckProxy(o)                                                                    \
    (Py_IS_TYPE((o), &rt_weakref_proxy_type) || Py_IS_TYPE((o), &rt_weakref_callable_proxy_type))
#define PyWeakref_Check(o) (PyWeakref_CheckRef(o) || PyWeakref_CheckProxy(o))

// True if instances of t can be weakly referenced.
#define PyType_SUPPORTS_WEAKREFS(t) ((t)->tp_weaklistoffset > 0)

// weakref.ref(ob, callback) and weakref.proxy(ob, callback) (callback NULL or None: none):
// a new reference (the existing one when there is no callback and one exists), or NULL with
// TypeError "cannot create weak reference to 'int' object".
PyObject *PyWeakref_NewRef(PyObject *ob, PyObject *callback);
PyObject *PyWeakref_NewProxy(PyObject *ob, PyObject *callback);

// The referent of a weak reference, borrowed (Py_None once it is gone); NULL with
// SystemError if ref is not a weak reference.
PyObject *PyWeakref_GetObject(PyObject *ref);

// Called by the deallocator of every weakly referenceable object (refcount 0): clear its
// weak references, then call their callbacks (newest first, as CPython).
void PyObject_ClearWeakRefs(PyObject *o);

// The number of weak references to o, and a new list of them (getweakrefcount, getweakrefs).
Py_ssize_t rt_weakref_count(PyObject *o);
PyObject *rt_weakref_list(PyObject *o);

// The head of o's list (borrowed; NULL when none or o cannot be weakly referenced): the
// __weakref__ attribute.
PyWeakReference *rt_weakref_head(PyObject *o);

// Cut ref from its referent (the referent becomes None); the callback stays for the caller
// (the cycle collector) to run.
void rt_weakref_clear(PyWeakReference *ref);

#endif
