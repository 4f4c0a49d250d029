// frameobject.c: the "frame" type, a Python view of an interpreter frame (frame.h). The
// frame stack itself is in frame.c; tracebacks, which hold frame objects, in traceback.c.
#include <string.h>
#include "runtime/objects/descr.h"
#include "runtime/objects/func.h"
#include "vm/frameobject.h"

PyFrameObject *
vm_frameobject_new(Frame *f)
{
    Py_ssize_t words = (Py_ssize_t)vm_frame_size(f->code);
    PyFrameObject *fo = (PyFrameObject *)rt_gc_new_var(&PyFrame_Type, words);
    if (fo == NULL)
        return NULL;
    fo->f_back = NULL;
    fo->f_frame = f;
    fo->f_trace = NULL;
    PyObject_GC_Track(fo);
    return fo;
}

int
vm_frameobject_take_ownership(PyFrameObject *fo, Frame *f)
{
    size_t bytes = (size_t)((char *)&f->localsplus[f->stacktop] - (char *)f);
    Frame *copy = (Frame *)fo->f_data;
    memcpy(copy, f, bytes);
    copy->owner = FRAME_OWNED_BY_FRAME_OBJECT;
    copy->frame_obj = NULL;
    copy->is_entry = 0;
    fo->f_frame = copy;
    Frame *prev = f->previous;
    copy->previous = NULL;
    if (prev != NULL && fo->f_back == NULL) {
        PyFrameObject *back = vm_frame_get_object(prev);
        if (back == NULL)
            PyErr_Clear(); // only f_back is lost
        else
            fo->f_back = (PyFrameObject *)Py_NewRef(back);
    }
    return 1;
}

PyCodeObject *
PyFrame_GetCode(PyFrameObject *fo)
{
    return fo->f_frame->code;
}

int
PyFrame_GetLineNumber(PyFrameObject *fo)
{
    return vm_frame_lineno(fo->f_frame);
}

PyFrameObject *
PyFrame_GetBack(PyFrameObject *fo)
{
    if (fo->f_back != NULL)
        return (PyFrameObject *)Py_NewRef(fo->f_back);
    // A running generator's frame links to its caller too (NULL while it is suspended).
    Frame *prev = fo->f_frame->owner != FRAME_OWNED_BY_FRAME_OBJECT ? fo->f_frame->previous : NULL;
    if (prev == NULL)
        return NULL;
    return (PyFrameObject *)Py_XNewRef(vm_frame_get_object(prev));
}

PyObject *
vm_frame_locals_dict(Frame *f)
{
    PyCodeObject *co = f->code;
    if (!(co->co_flags & CO_OPTIMIZED)) {
        if (f->locals == NULL) {
            PyErr_SetString(PyExc_SystemError, "frame has no locals");
            return NULL;
        }
        return Py_NewRef(f->locals);
    }
    // A function's locals() is one dict per frame, refreshed from the fast locals each time.
    if (f->locals == NULL && (f->locals = PyDict_New()) == NULL)
        return NULL;
    const unsigned char *kinds = (const unsigned char *)PyBytes_AS_STRING(co->co_localspluskinds);
    for (int i = 0; i < co->co_nlocalsplus; i++) {
        PyObject *name = PyTuple_GET_ITEM(co->co_localsplusnames, i);
        PyObject *value = f->localsplus[i];
        if (value != NULL && (kinds[i] & (CO_FAST_CELL | CO_FAST_FREE)) && PyCell_Check(value))
            value = PyCell_GET(value);
        int r;
        if (value != NULL) {
            r = PyDict_SetItem(f->locals, name, value);
        } else {
            r = PyDict_DelItem(f->locals, name);
            if (r < 0 && PyErr_ExceptionMatches(PyExc_KeyError)) {
                PyErr_Clear();
                r = 0;
            }
        }
        if (r < 0)
            return NULL;
    }
    return Py_NewRef(f->locals);
}

// ---- the type -------------------------------------------------------------------------------

// Drop the references of a frame the object owns (after take_ownership).
static void
clear_owned_frame(PyFrameObject *fo)
{
    Frame *f = fo->f_frame;
    if (f != NULL && f->owner == FRAME_OWNED_BY_FRAME_OBJECT)
        vm_frame_release_all_but_code(f);
}

// Iterative over f_back: a traceback of a 100,000-deep recursion frees its chain of frame
// objects without recursing in C.
static void
frame_dealloc(PyObject *o)
{
    PyFrameObject *fo = (PyFrameObject *)o;
    for (;;) {
        PyObject_GC_UnTrack(fo);
        PyCodeObject *code = NULL;
        if (fo->f_frame->owner == FRAME_OWNED_BY_FRAME_OBJECT) {
            clear_owned_frame(fo);
            code = fo->f_frame->code; // kept to the end, as CPython, for finalizers' sake
        }
        PyFrameObject *back = fo->f_back;
        fo->f_back = NULL;
        Py_CLEAR(fo->f_trace);
        Py_TYPE(fo)->tp_free(fo);
        Py_XDECREF(code);
        if (back == NULL)
            return;
        if (Py_REFCNT(back) > 1) {
            Py_DECREF(back);
            return;
        }
        rt_release_last_reference((PyObject *)back);
        fo = back;
    }
}

static int
frame_traverse(PyObject *o, visitproc visit, void *arg)
{
    PyFrameObject *fo = (PyFrameObject *)o;
    Py_VISIT(fo->f_back);
    Py_VISIT(fo->f_trace);
    Frame *f = fo->f_frame;
    if (f->owner != FRAME_OWNED_BY_FRAME_OBJECT)
        return 0;
    return vm_frame_traverse(f, visit, arg);
}

static int
frame_tp_clear(PyObject *o)
{
    PyFrameObject *fo = (PyFrameObject *)o;
    Py_CLEAR(fo->f_back);
    Py_CLEAR(fo->f_trace);
    clear_owned_frame(fo);
    return 0;
}

static PyObject *
frame_repr(PyObject *o)
{
    PyFrameObject *fo = (PyFrameObject *)o;
    PyCodeObject *co = fo->f_frame->code;
    return PyUnicode_FromFormat("<frame at %p, file %R, line %d, code %S>", o, co->co_filename,
                                PyFrame_GetLineNumber(fo), co->co_name);
}

static PyObject *
frame_get_back(PyObject *o, void *closure)
{
    PyFrameObject *back = PyFrame_GetBack((PyFrameObject *)o);
    if (back == NULL && PyErr_Occurred())
        return NULL;
    return back != NULL ? (PyObject *)back : Py_NewRef(Py_None);
}

static PyObject *
frame_get_code(PyObject *o, void *closure)
{
    return Py_NewRef(((PyFrameObject *)o)->f_frame->code);
}

static PyObject *
frame_get_globals(PyObject *o, void *closure)
{
    return Py_NewRef(((PyFrameObject *)o)->f_frame->globals);
}

static PyObject *
frame_get_builtins(PyObject *o, void *closure)
{
    return Py_NewRef(((PyFrameObject *)o)->f_frame->builtins);
}

static PyObject *
frame_get_locals(PyObject *o, void *closure)
{
    return vm_frame_locals_dict(((PyFrameObject *)o)->f_frame);
}

static PyObject *
frame_get_lineno(PyObject *o, void *closure)
{
    return PyLong_FromLong(PyFrame_GetLineNumber((PyFrameObject *)o));
}

static PyObject *
frame_get_lasti(PyObject *o, void *closure)
{
    int lasti = vm_frame_lasti(((PyFrameObject *)o)->f_frame);
    return PyLong_FromLong(lasti < 0 ? -1 : lasti * (int)sizeof(PyCodeUnit));
}

static PyObject *
frame_get_trace(PyObject *o, void *closure)
{
    PyObject *t = ((PyFrameObject *)o)->f_trace;
    return Py_NewRef(t != NULL ? t : Py_None);
}

static PyGetSetDef frame_getset[] = {
    {"f_back", frame_get_back, NULL, NULL, NULL},
    {"f_code", frame_get_code, NULL, NULL, NULL},
    {"f_globals", frame_get_globals, NULL, NULL, NULL},
    {"f_builtins", frame_get_builtins, NULL, NULL, NULL},
    {"f_locals", frame_get_locals, NULL, NULL, NULL},
    {"f_lineno", frame_get_lineno, NULL, NULL, NULL},
    {"f_lasti", frame_get_lasti, NULL, NULL, NULL},
    {"f_trace", frame_get_trace, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PyTypeObject PyFrame_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "frame",
    .tp_basicsize = offsetof(PyFrameObject, f_data),
    .tp_itemsize = sizeof(PyObject *),
    .tp_dealloc = frame_dealloc,
    .tp_repr = frame_repr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = frame_traverse,
    .tp_clear = frame_tp_clear,
    .tp_getset = frame_getset,
};
