// exc_group.c: what exception groups do beyond holding their exceptions (PEP 654):
// derive/split/subgroup, and the two steps of `except*` — matching a handler's types against
// the exception being handled (rt_exc_group_match) and combining what the handlers raised and
// re-raised into the exception that leaves the statement (rt_exc_prep_reraise_star).
#include <stdlib.h>
#include "runtime/runtime.h"
#include "runtime/call.h"
#include "runtime/objects/exc.h"
#include "runtime/objects/genericalias.h"

typedef PyBaseExceptionGroupObject Group;

static int
is_group(PyObject *o)
{
    return PyObject_TypeCheck(o, (PyTypeObject *)PyExc_BaseExceptionGroup);
}

// ---- the leaves of a group, as a set of identities ------------------------------------------

// The leaf exceptions (non-groups) found in some exceptions, sorted by address for lookup.
// They are borrowed: whoever holds the groups keeps them alive.
typedef struct {
    PyObject **items;
    size_t n, cap;
} LeafSet;

static int
leaves_add(LeafSet *s, PyObject *e)
{
    if (s->n == s->cap) {
        size_t cap = s->cap ? 2 * s->cap : 16;
        PyObject **items = realloc(s->items, cap * sizeof *items);
        if (items == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        s->items = items;
        s->cap = cap;
    }
    s->items[s->n++] = e;
    return 0;
}

// Add the leaves of e (None adds nothing).
static int
leaves_collect(LeafSet *s, PyObject *e)
{
    if (e == Py_None)
        return 0;
    if (!is_group(e))
        return leaves_add(s, e);
    if (Py_EnterRecursiveCall(" in collect_exception_group_leaf_ids"))
        return -1;
    PyObject *excs = ((Group *)e)->excs;
    int err = 0;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(excs) && err == 0; i++)
        err = leaves_collect(s, PyTuple_GET_ITEM(excs, i));
    Py_LeaveRecursiveCall();
    return err;
}

static int
compare_addresses(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t) * (PyObject *const *)a, y = (uintptr_t) * (PyObject *const *)b;
    return x < y ? -1 : x > y;
}

static void
leaves_sort(LeafSet *s)
{
    if (s->n > 1)
        qsort(s->items, s->n, sizeof *s->items, compare_addresses);
}

static int
leaves_contain(const LeafSet *s, PyObject *e)
{
    return s->n > 0 && bsearch(&e, s->items, s->n, sizeof *s->items, compare_addresses) != NULL;
}

// ---- splitting ------------------------------------------------------------------------------

// What split() and except* match leaves against.
typedef enum {
    MATCH_BY_TYPE,    // an exception type or a tuple of them (isinstance)
    MATCH_PREDICATE,  // a callable returning a truth value
    MATCH_INSTANCES,  // leaves that are in a LeafSet (except*'s re-raised exceptions)
} MatchKind;

typedef struct {
    MatchKind kind;
    PyObject *value;       // the type(s) or the predicate
    const LeafSet *leaves; // MATCH_INSTANCES
} Matcher;

// The matcher for split()'s and subgroup()'s argument: 0, or -1 with TypeError.
static int
matcher_from(PyObject *condition, Matcher *m)
{
    *m = (Matcher){MATCH_BY_TYPE, condition, NULL};
    if (PyCallable_Check(condition) && !PyType_Check(condition)) {
        m->kind = MATCH_PREDICATE;
        return 0;
    }
    if (PyExceptionClass_Check(condition))
        return 0;
    if (PyTuple_CheckExact(condition)) {
        Py_ssize_t i = 0;
        while (i < PyTuple_GET_SIZE(condition) &&
               PyExceptionClass_Check(PyTuple_GET_ITEM(condition, i)))
            i++;
        if (i == PyTuple_GET_SIZE(condition))
            return 0;
    }
    PyErr_SetString(PyExc_TypeError,
                    "expected a function, exception type or tuple of exception types");
    return -1;
}

// Does exc (a leaf or a whole group) match? 1, 0, or -1 with an exception.
static int
matches(PyObject *exc, const Matcher *m)
{
    switch (m->kind) {
    case MATCH_BY_TYPE:
        return PyErr_GivenExceptionMatches(exc, m->value);
    case MATCH_PREDICATE: {
        PyObject *r = PyObject_CallOneArg(m->value, exc);
        if (r == NULL)
            return -1;
        int truth = PyObject_IsTrue(r);
        Py_DECREF(r);
        return truth;
    }
    case MATCH_INSTANCES:
        return !is_group(exc) && leaves_contain(m->leaves, exc);
    }
    return 0;
}

// A group like orig holding excs (a list): orig.derive(excs) with orig's traceback, cause,
// context and (a copy of) its notes; NULL in *out when excs is empty. 0, or -1.
static int
subset(PyObject *orig, PyObject *excs, PyObject **out)
{
    *out = NULL;
    if (PyList_GET_SIZE(excs) == 0)
        return 0;
    PyObject *derive = PyUnicode_InternFromString("derive");
    PyObject *eg = derive == NULL ? NULL : PyObject_CallMethodOneArg(orig, derive, excs);
    if (eg == NULL)
        return -1;
    if (!is_group(eg)) {
        PyErr_SetString(PyExc_TypeError, "derive must return an instance of BaseExceptionGroup");
        Py_DECREF(eg);
        return -1;
    }
    PyBaseExceptionObject *from = (PyBaseExceptionObject *)orig;
    if (from->traceback != NULL)
        PyException_SetTraceback(eg, from->traceback);
    PyException_SetContext(eg, PyException_GetContext(orig));
    PyException_SetCause(eg, PyException_GetCause(orig));
    PyObject *notes;
    PyObject *name = PyUnicode_InternFromString("__notes__");
    if (name == NULL || rt_object_lookup_attr(orig, name, &notes) < 0) {
        Py_DECREF(eg);
        return -1;
    }
    if (notes != NULL) {
        if (PySequence_Check(notes)) {
            // A copy, so that the parts' notes lists are independent.
            PyObject *copy = PySequence_List(notes);
            int err = copy == NULL ? -1 : PyObject_SetAttr(eg, name, copy);
            Py_XDECREF(copy);
            if (err < 0) {
                Py_DECREF(notes);
                Py_DECREF(eg);
                return -1;
            }
        }
        Py_DECREF(notes);
    }
    *out = eg;
    return 0;
}

// Split exc by m into *match and (when want_rest) *rest, each a new reference or NULL when
// empty: a whole match or a leaf goes to one side as it is; a group that partly matches is
// split recursively and rebuilt on each side by derive(). 0, or -1.
static int
split(PyObject *exc, const Matcher *m, int want_rest, PyObject **match, PyObject **rest)
{
    *match = *rest = NULL;
    int is_match = matches(exc, m);
    if (is_match < 0)
        return -1;
    if (is_match) {
        *match = Py_NewRef(exc);
        return 0;
    }
    if (!is_group(exc)) {
        if (want_rest)
            *rest = Py_NewRef(exc);
        return 0;
    }
    if (Py_EnterRecursiveCall(" in exceptiongroup_split_recursive"))
        return -1;
    PyObject *match_list = PyList_New(0), *rest_list = want_rest ? PyList_New(0) : NULL;
    int err = match_list == NULL || (want_rest && rest_list == NULL) ? -1 : 0;
    PyObject *excs = ((Group *)exc)->excs;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(excs) && err == 0; i++) {
        PyObject *m_part, *r_part;
        err = split(PyTuple_GET_ITEM(excs, i), m, want_rest, &m_part, &r_part);
        if (err == 0 && m_part != NULL)
            err = PyList_Append(match_list, m_part);
        if (err == 0 && r_part != NULL)
            err = PyList_Append(rest_list, r_part);
        Py_XDECREF(m_part);
        Py_XDECREF(r_part);
    }
    Py_LeaveRecursiveCall();
    if (err == 0)
        err = subset(exc, match_list, match);
    if (err == 0 && want_rest)
        err = subset(exc, rest_list, rest);
    Py_XDECREF(match_list);
    Py_XDECREF(rest_list);
    if (err < 0) {
        Py_CLEAR(*match);
        Py_CLEAR(*rest);
    }
    return err;
}

// BaseExceptionGroup("", excs): what except* raises (a group of exceptions only is an
// ExceptionGroup).
static PyObject *
new_group(PyObject *excs)
{
    PyObject *msg = PyUnicode_FromString("");
    PyObject *eg = msg == NULL ? NULL
                               : PyObject_CallFunctionObjArgs(PyExc_BaseExceptionGroup, msg,
                                                              excs, NULL);
    Py_XDECREF(msg);
    return eg;
}

static PyObject *
none_if_null(PyObject *o)
{
    return o != NULL ? o : Py_NewRef(Py_None);
}

// ---- the methods ----------------------------------------------------------------------------

static PyObject *
group_derive(PyObject *self, PyObject *excs)
{
    return PyObject_CallFunctionObjArgs(PyExc_BaseExceptionGroup, ((Group *)self)->msg, excs,
                                        NULL);
}

static PyObject *
group_split(PyObject *self, PyObject *condition)
{
    Matcher m;
    PyObject *match, *rest;
    if (matcher_from(condition, &m) < 0 || split(self, &m, 1, &match, &rest) < 0)
        return NULL;
    PyObject *pair = PyTuple_Pack(2, match != NULL ? match : Py_None,
                                  rest != NULL ? rest : Py_None);
    Py_XDECREF(match);
    Py_XDECREF(rest);
    return pair;
}

static PyObject *
group_subgroup(PyObject *self, PyObject *condition)
{
    Matcher m;
    PyObject *match, *rest;
    if (matcher_from(condition, &m) < 0 || split(self, &m, 0, &match, &rest) < 0)
        return NULL;
    return none_if_null(match);
}

PyMethodDef rt_exc_group_methods[] = {
    RT_CLASS_GETITEM_METHOD,
    {"derive", group_derive, METH_O, NULL},
    {"split", group_split, METH_O, NULL},
    {"subgroup", group_subgroup, METH_O, NULL},
    {NULL},
};

// ---- except* --------------------------------------------------------------------------------

int
rt_exc_group_match(PyObject *exc, PyObject *match_type, PyObject **match, PyObject **rest)
{
    *match = *rest = NULL;
    if (exc == Py_None) {
        *match = Py_NewRef(Py_None);
        *rest = Py_NewRef(Py_None);
        return 0;
    }
    if (PyErr_GivenExceptionMatches(exc, match_type)) {
        // The whole exception matches; a bare one is wrapped in a group for the handler (with
        // no traceback of its own, as in CPython 3.11).
        if (is_group(exc)) {
            *match = Py_NewRef(exc);
        } else {
            PyObject *one = PyTuple_Pack(1, exc);
            *match = one == NULL ? NULL : new_group(one);
            Py_XDECREF(one);
            if (*match == NULL)
                return -1;
        }
        *rest = Py_NewRef(Py_None);
        return 0;
    }
    if (is_group(exc)) {
        Matcher m = {MATCH_BY_TYPE, match_type, NULL};
        if (split(exc, &m, 1, match, rest) < 0)
            return -1;
        *match = none_if_null(*match);
        *rest = none_if_null(*rest);
        return 0;
    }
    *match = Py_NewRef(Py_None);
    *rest = Py_NewRef(Py_None);
    return 0;
}

// An exception a handler raised is a re-raise when it carries orig's own traceback, cause,
// context and notes (`raise` with no argument re-raises the handler's part of orig, a
// subgroup made by derive() with orig's metadata).
static int
is_reraise(PyObject *e, PyObject *orig)
{
    PyBaseExceptionObject *a = (PyBaseExceptionObject *)e, *b = (PyBaseExceptionObject *)orig;
    return a->notes == b->notes && a->traceback == b->traceback && a->cause == b->cause &&
           a->context == b->context;
}

// The part of group orig whose leaves are among the leaves of the exceptions in keep (a
// list), with orig's structure; None when there is none.
static PyObject *
projection(PyObject *orig, PyObject *keep)
{
    LeafSet leaves = {NULL, 0, 0};
    int err = 0;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(keep) && err == 0; i++)
        err = leaves_collect(&leaves, PyList_GET_ITEM(keep, i));
    PyObject *match = NULL, *rest;
    if (err == 0) {
        leaves_sort(&leaves);
        Matcher m = {MATCH_INSTANCES, NULL, &leaves};
        err = split(orig, &m, 0, &match, &rest);
    }
    free(leaves.items);
    return err < 0 ? NULL : none_if_null(match);
}

PyObject *
rt_exc_prep_reraise_star(PyObject *orig, PyObject *excs)
{
    Py_ssize_t n = PyList_GET_SIZE(excs);
    if (n == 0)
        return Py_NewRef(Py_None);
    if (!is_group(orig)) {
        // A bare exception was caught, wrapped: only one handler ran.
        return Py_NewRef(PyList_GET_ITEM(excs, 0));
    }
    PyObject *raised = PyList_New(0), *reraised = PyList_New(0), *result = NULL;
    if (raised == NULL || reraised == NULL)
        goto done;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *e = PyList_GET_ITEM(excs, i);
        if (e != Py_None && PyList_Append(is_reraise(e, orig) ? reraised : raised, e) < 0)
            goto done;
    }
    PyObject *reraised_eg = projection(orig, reraised);
    if (reraised_eg == NULL)
        goto done;
    if (PyList_GET_SIZE(raised) == 0) {
        result = reraised_eg;
        goto done;
    }
    int err = reraised_eg != Py_None ? PyList_Append(raised, reraised_eg) : 0;
    Py_DECREF(reraised_eg);
    if (err < 0)
        goto done;
    if (PyList_GET_SIZE(raised) > 1)
        result = new_group(raised);
    else
        result = Py_NewRef(PyList_GET_ITEM(raised, 0));
done:
    Py_XDECREF(raised);
    Py_XDECREF(reraised);
    return result;
}
