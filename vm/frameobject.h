// frameobject.h: the Python-visible frame object ("frame", frameobject.c), made lazily for
// a running frame (sys._getframe, tracebacks). When its frame finishes while the object is
// still referenced, the frame's data moves into the object (as CPython 3.11 does), so
// f_locals, f_lineno and f_back stay valid.
#ifndef KRAIT_VM_FRAMEOBJECT_H
#define KRAIT_VM_FRAMEOBJECT_H

#include "vm/frame.h"

typedef struct PyFrameObject {
    PyObject_VAR_HEAD                 // ob_size: words of f_data
        struct PyFrameObject *f_back; // set when the frame finished; else read from the frame
    Frame *f_frame;                   // the live frame, or f_data once it finished
    PyObject *f_trace;                // reserved for sys.settrace, NULL
    PyObject *f_data[1];              // room for a copy of the whole frame
} PyFrameObject;

extern PyTypeObject PyFrame_Type; // frame

#define PyFrame_Check(o) Py_IS_TYPE(o, &PyFrame_Type)

// A new frame object viewing the live frame f (the caller stores it in f->frame_obj, which
// owns the returned reference). NULL with MemoryError set.
PyFrameObject *vm_frameobject_new(Frame *f);

// f is finishing while fo is still referenced elsewhere: move f's references into fo
// (links f_back to the caller's frame object). Returns 1 (the references moved).
int vm_frameobject_take_ownership(PyFrameObject *fo, Frame *f);

// The frame's code (borrowed) and current line.
PyCodeObject *PyFrame_GetCode(PyFrameObject *fo);
int PyFrame_GetLineNumber(PyFrameObject *fo);

// f_back as a new reference, or NULL when fo is the outermost frame.
PyFrameObject *PyFrame_GetBack(PyFrameObject *fo);

// f_locals: the namespace of a module/class frame, or a new dict snapshot of a function's
// fast locals (cells show their contents). New reference or NULL.
PyObject *vm_frame_locals_dict(Frame *f);

#endif
