// typeslots_fixup.c: which function fills each slot of a class (CPython's update_one_slot): the
// dispatcher of typeslots.c when the dunder is a Python function, the C function itself when
// the dunder found along the MRO is a slot wrapper of a built-in base (so a list subclass keeps
// list's own sq_length), nothing when no class in the MRO has the dunder. Runs once a class is
// ready, and again for a class and its subclasses whenever a dunder is set or deleted.
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/objects/heaptype.h"
#include "runtime/objects/methodobject.h"
#include "runtime/objects/typeattr.h"

// The name of a slot table entry as a str, made once and kept for good.
static PyObject *
slot_name(const RtSlotDef *d)
{
    static PyObject *names[160];
    size_t i = (size_t)(d - rt_slotdefs);
    if (i >= sizeof names / sizeof names[0])
        Py_FatalError("slot table larger than its name cache");
    if (names[i] == NULL)
        names[i] = PyUnicode_FromString(d->name);
    return names[i];
}

static int
same_slot(const RtSlotDef *a, const RtSlotDef *b)
{
    return a->table == b->table && a->offset == b->offset;
}

// name in the dicts of t's MRO, without the method cache (the cache may predate the change
// being applied). Borrowed, or NULL.
static PyObject *
find_in_mro(PyTypeObject *t, PyObject *name)
{
    PyObject *mro = t->tp_mro;
    if (mro == NULL || name == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(mro); i++) {
        PyObject *dict = ((PyTypeObject *)PyTuple_GET_ITEM(mro, i))->tp_dict;
        if (dict == NULL)
            continue;
        PyObject *r = PyDict_GetItemWithError(dict, name);
        if (r != NULL)
            return r;
        PyErr_Clear(); // str keys cannot fail to compare
    }
    return NULL;
}

// The one slot of t that the dunder `name` currently fills, or NULL when it fills none or
// several (__len__ fills both mp_length and sq_length of a class defining it).
static void **
resolve_slotdups(PyTypeObject *t, const char *name)
{
    void **res = NULL;
    for (const RtSlotDef *d = rt_slotdefs; d->name != NULL; d++) {
        if (strcmp(d->name, name) != 0)
            continue;
        void **ptr = rt_slotdef_ptr(t, d);
        if (ptr == NULL || *ptr == NULL)
            continue;
        if (res != NULL)
            return NULL;
        res = ptr;
    }
    return res;
}

// Set the slot of the group of entries starting at p (consecutive entries for the same slot,
// such as __add__ and __radd__), and return the entry after the group.
static const RtSlotDef *
update_one_slot(PyTypeObject *t, const RtSlotDef *p)
{
    const RtSlotDef *group = p;
    void **ptr = rt_slotdef_ptr(t, p);
    void *generic = NULL, *specific = NULL;
    int use_generic = 0;
    for (; p->name != NULL && same_slot(p, group); p++) {
        if (ptr == NULL)
            continue;
        PyObject *descr = find_in_mro(t, slot_name(p));
        if (descr == NULL)
            continue;
        if (Py_IS_TYPE(descr, &PyWrapperDescr_Type) &&
            strcmp(((PyWrapperDescrObject *)descr)->d_base->name, p->name) == 0) {
            PyWrapperDescrObject *d = (PyWrapperDescrObject *)descr;
            void **tptr = resolve_slotdups(t, p->name);
            if (tptr == NULL || tptr == ptr)
                generic = p->function;
            // The C function can be used directly only if every dunder of the slot agrees
            // on it and it belongs to a base of t with this very signature.
            if ((specific == NULL || specific == d->d_wrapped) && d->d_base->wrapper == p->wrapper &&
                PyType_IsSubtype(t, PyDescr_TYPE(d)))
                specific = d->d_wrapped;
            else
                use_generic = 1;
        }
        else if (PyCFunction_CheckExact(descr) &&
                 ((PyCFunctionObject *)descr)->m_ml == &rt_tp_new_methoddef &&
                 ptr == (void **)&t->tp_new) {
            // An inherited built-in __new__: keep the inherited tp_new rather than going
            // through the generic dispatcher and back.
            specific = (void *)t->tp_new;
        }
        else if (descr == Py_None && ptr == (void **)&t->tp_hash) {
            // __hash__ = None makes the class unhashable.
            specific = (void *)PyObject_HashNotImplemented;
        }
        else {
            use_generic = 1;
            generic = p->function;
        }
    }
    if (ptr != NULL)
        *ptr = specific != NULL && !use_generic ? specific : generic;
    return p;
}

void
rt_type_fixup_slots(PyTypeObject *t)
{
    for (const RtSlotDef *p = rt_slotdefs; p->name != NULL;)
        p = update_one_slot(t, p);
}

// ---- after assignment -------------------------------------------------------------------------

enum { MAX_GROUPS = 8 };

typedef struct {
    PyObject *name;
    const RtSlotDef *groups[MAX_GROUPS];
    int n;
} SlotUpdate;

static int update_subclass(PyTypeObject *sub, void *arg);

// Refresh the groups in t, then in the subclasses that do not define the name themselves.
static int
update_slots_down(PyTypeObject *t, SlotUpdate *u)
{
    for (int i = 0; i < u->n; i++)
        update_one_slot(t, u->groups[i]);
    return rt_type_each_subclass(t, update_subclass, u);
}

static int
update_subclass(PyTypeObject *sub, void *arg)
{
    SlotUpdate *u = arg;
    if (sub->tp_dict != NULL) {
        int r = PyDict_Contains(sub->tp_dict, u->name);
        if (r != 0)
            return r < 0 ? -1 : 0;
    }
    return update_slots_down(sub, u);
}

int
rt_type_update_slot(PyTypeObject *t, PyObject *name)
{
    const char *s = PyUnicode_AsUTF8(name);
    if (s == NULL)
        return -1;
    SlotUpdate u = {name, {NULL}, 0};
    for (const RtSlotDef *d = rt_slotdefs; d->name != NULL; d++) {
        if (strcmp(d->name, s) != 0)
            continue;
        const RtSlotDef *g = d;
        while (g > rt_slotdefs && same_slot(g - 1, d))
            g--;
        if (u.n == MAX_GROUPS)
            Py_FatalError("rt_type_update_slot: a dunder drives too many slots");
        u.groups[u.n++] = g;
    }
    if (u.n == 0)
        return 0;
    return update_slots_down(t, &u);
}
