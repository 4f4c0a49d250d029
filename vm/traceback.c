// traceback.c: the traceback type and recording entries as exceptions unwind frames.
// Printing tracebacks is in traceback_print.c.
#include "runtime/objects/descr.h"
#include "vm/traceback.h"

PyObject *
vm_traceback_new(PyObject *tb_next, PyFrameObject *frame, int lasti, int lineno)
{
    PyTracebackObject *tb = (PyTracebackObject *)rt_gc_new(&PyTraceBack_Type);
    if (tb == NULL)
        return NULL;
    tb->tb_next = (PyTracebackObject *)Py_XNewRef(tb_next);
    tb->tb_frame = (PyFrameObject *)Py_NewRef(frame);
    tb->tb_lasti = lasti;
    tb->tb_lineno = lineno;
    PyObject_GC_Track(tb);
    return (PyObject *)tb;
}

int
vm_traceback_lineno(PyTracebackObject *tb)
{
    if (tb->tb_lineno == VM_TB_LINENO_UNKNOWN) {
        PyCodeObject *co = PyFrame_GetCode(tb->tb_frame);
        tb->tb_lineno = tb->tb_lasti < 0 ? co->co_firstlineno
                                         : PyCode_Addr2Line(co, tb->tb_lasti);
    }
    return tb->tb_lineno;
}

void
vm_traceback_here(Frame *f)
{
    PyObject *exc = PyErr_GetRaisedException();
    if (exc == NULL)
        return;
    PyFrameObject *fo = vm_frame_get_object(f);
    if (fo != NULL) {
        PyBaseExceptionObject *e = (PyBaseExceptionObject *)exc;
        int lasti = vm_frame_lasti(f) * (int)sizeof(PyCodeUnit);
        PyObject *tb = vm_traceback_new(e->traceback, fo, lasti, VM_TB_LINENO_UNKNOWN);
        if (tb != NULL)
            Py_XSETREF(e->traceback, tb);
    }
    // A failure above (MemoryError) only loses this entry; the original exception wins.
    PyErr_SetRaisedException(exc);
}

// Iterative over tb_next, so a traceback of a 100,000-deep recursion frees without
// recursing in C.
static void
tb_dealloc(PyObject *o)
{
    PyTracebackObject *tb = (PyTracebackObject *)o;
    for (;;) {
        PyObject_GC_UnTrack(tb);
        PyTracebackObject *next = tb->tb_next;
        tb->tb_next = NULL;
        Py_CLEAR(tb->tb_frame);
        Py_TYPE(tb)->tp_free(tb);
        if (next == NULL)
            return;
        if (Py_REFCNT(next) > 1) {
            Py_DECREF(next);
            return;
        }
        rt_release_last_reference((PyObject *)next);
        tb = next;
    }
}

static int
tb_traverse(PyObject *o, visitproc visit, void *arg)
{
    PyTracebackObject *tb = (PyTracebackObject *)o;
    Py_VISIT(tb->tb_next);
    Py_VISIT(tb->tb_frame);
    return 0;
}

static int
tb_clear(PyObject *o)
{
    PyTracebackObject *tb = (PyTracebackObject *)o;
    Py_CLEAR(tb->tb_next);
    Py_CLEAR(tb->tb_frame);
    return 0;
}

static PyObject *
tb_get_next(PyObject *o, void *closure)
{
    PyObject *next = (PyObject *)((PyTracebackObject *)o)->tb_next;
    return Py_NewRef(next != NULL ? next : Py_None);
}

static int
tb_set_next(PyObject *o, PyObject *v, void *closure)
{
    if (v == NULL) {
        PyErr_SetString(PyExc_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (v == Py_None) {
        v = NULL;
    } else if (!PyTraceBack_Check(v)) {
        PyErr_Format(PyExc_TypeError, "expected traceback object, got '%s'", Py_TYPE(v)->tp_name);
        return -1;
    }
    for (PyTracebackObject *c = (PyTracebackObject *)v; c != NULL; c = c->tb_next) {
        if (c == (PyTracebackObject *)o) {
            PyErr_SetString(PyExc_ValueError, "traceback loop detected");
            return -1;
        }
    }
    Py_XSETREF(((PyTracebackObject *)o)->tb_next, (PyTracebackObject *)Py_XNewRef(v));
    return 0;
}

static PyMemberDef tb_members[] = {
    {"tb_frame", T_OBJECT, offsetof(PyTracebackObject, tb_frame), READONLY, NULL},
    {"tb_lasti", T_INT, offsetof(PyTracebackObject, tb_lasti), READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static PyObject *
tb_get_lineno(PyObject *o, void *closure)
{
    (void)closure;
    return PyLong_FromLong(vm_traceback_lineno((PyTracebackObject *)o));
}

static PyGetSetDef tb_getset[] = {
    {"tb_next", tb_get_next, tb_set_next, NULL, NULL},
    {"tb_lineno", tb_get_lineno, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PyTypeObject PyTraceBack_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "traceback",
    .tp_basicsize = sizeof(PyTracebackObject),
    .tp_dealloc = tb_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "Create a new traceback object.",
    .tp_traverse = tb_traverse,
    .tp_clear = tb_clear,
    .tp_members = tb_members,
    .tp_getset = tb_getset,
};
