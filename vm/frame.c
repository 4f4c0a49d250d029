// frame.c: the per-thread frame stack (chunks of contiguous memory that frames are carved
// from, LIFO) and the eval loop's use of the runtime's C stack guard. The Python-visible frame
// object is in frameobject.c.
#include "vm/frame.h"
#include "vm/frameobject.h"

// Frames are carved from chunks of this many bytes (more when one frame needs more).
#define CHUNK_BYTES ((size_t)256 * 1024)

struct FrameChunk {
    FrameChunk *previous;
    PyObject **saved_top; // the previous chunk's top when this chunk was pushed
    size_t words;         // capacity of data
    PyObject *data[];
};

static _Thread_local VmThreadState thread_state;
static _Thread_local FrameChunk *spare_chunk; // one popped chunk kept to avoid thrashing

VmThreadState *
vm_tstate(void)
{
    return &thread_state;
}

// Start a new chunk able to hold `words`, reusing the spare one when it is big enough.
static PyObject **
push_chunk(VmThreadState *vs, size_t words)
{
    FrameChunk *c = spare_chunk;
    if (c != NULL && c->words >= words) {
        spare_chunk = NULL;
    } else {
        size_t cap = (CHUNK_BYTES - sizeof(FrameChunk)) / sizeof(PyObject *);
        if (cap < words)
            cap = words;
        c = PyMem_Malloc(sizeof(FrameChunk) + cap * sizeof(PyObject *));
        if (c == NULL) {
            PyErr_NoMemory();
            return NULL;
        }
        c->words = cap;
    }
    c->previous = vs->chunk;
    c->saved_top = vs->top;
    vs->chunk = c;
    vs->limit = c->data + c->words;
    return c->data;
}

static void
pop_chunk(VmThreadState *vs)
{
    FrameChunk *c = vs->chunk;
    vs->chunk = c->previous;
    vs->top = c->saved_top;
    vs->limit = vs->chunk != NULL ? vs->chunk->data + vs->chunk->words : NULL;
    if (spare_chunk == NULL) {
        spare_chunk = c;
    } else {
        PyMem_Free(c);
    }
}

Frame *
vm_frame_push(VmThreadState *vs, PyObject *func, PyCodeObject *co, PyObject *globals,
              PyObject *builtins, PyObject *locals)
{
    size_t words = vm_frame_size(co);
    PyObject **base = vs->top;
    if (base == NULL || words > (size_t)(vs->limit - base)) {
        base = push_chunk(vs, words);
        if (base == NULL)
            return NULL;
    }
    vs->top = base + words;
    Frame *f = (Frame *)base;
    f->func = Py_XNewRef(func);
    f->code = (PyCodeObject *)Py_NewRef(co);
    f->globals = Py_NewRef(globals);
    f->builtins = Py_NewRef(builtins);
    f->locals = Py_XNewRef(locals);
    f->previous = NULL;
    f->frame_obj = NULL;
    f->prev_instr = co->co_code - 1;
    f->stacktop = co->co_nlocalsplus;
    f->owner = FRAME_OWNED_BY_THREAD;
    f->is_entry = 0;
    for (int i = 0; i < co->co_nlocalsplus; i++)
        f->localsplus[i] = NULL;
    return f;
}

void
vm_frame_release_all_but_code(Frame *f)
{
    for (int i = 0; i < f->stacktop; i++)
        Py_CLEAR(f->localsplus[i]);
    f->stacktop = 0;
    Py_CLEAR(f->locals);
    Py_CLEAR(f->func);
    Py_CLEAR(f->globals);
    Py_CLEAR(f->builtins);
}

// Drop every reference the frame holds (the frame must be unlinked from the thread).
static void
release_frame_refs(Frame *f)
{
    vm_frame_release_all_but_code(f);
    Py_CLEAR(f->code);
}

void
vm_frame_clear(Frame *f)
{
    struct PyFrameObject *fo = f->frame_obj;
    int moved = 0;
    if (fo != NULL) {
        f->frame_obj = NULL;
        // Someone besides the frame keeps the frame object: it takes over the data.
        if (Py_REFCNT(fo) > 1)
            moved = vm_frameobject_take_ownership(fo, f);
        Py_DECREF(fo);
    }
    if (!moved)
        release_frame_refs(f);
}

void
vm_frame_pop(VmThreadState *vs, Frame *f)
{
    PyObject **base = (PyObject **)f;
    if (vs->chunk != NULL && base == vs->chunk->data)
        pop_chunk(vs);
    else
        vs->top = base;
}

void
vm_frame_clear_and_pop(VmThreadState *vs, Frame *f)
{
    vm_frame_clear(f);
    vm_frame_pop(vs, f);
}

int
vm_frame_traverse(Frame *f, visitproc visit, void *arg)
{
    Py_VISIT(f->func);
    Py_VISIT(f->code);
    Py_VISIT(f->globals);
    Py_VISIT(f->builtins);
    Py_VISIT(f->locals);
    Py_VISIT(f->frame_obj);
    for (int i = 0; i < f->stacktop; i++)
        Py_VISIT(f->localsplus[i]);
    return 0;
}

struct PyFrameObject *
vm_frame_get_object(Frame *f)
{
    if (f->frame_obj == NULL)
        f->frame_obj = vm_frameobject_new(f);
    return f->frame_obj;
}

int
vm_frame_lineno(Frame *f)
{
    int lasti = vm_frame_lasti(f);
    if (lasti < 0)
        return f->code->co_firstlineno;
    return PyCode_Addr2Line(f->code, lasti * (int)sizeof(PyCodeUnit));
}

// ---- the C stack guard ----------------------------------------------------------------------

int
vm_check_c_stack(VmThreadState *vs)
{
    (void)vs; // the limit is the runtime's, shared with Py_EnterRecursiveCall
    return rt_state_check_c_stack("");
}

void
vm_tstate_fini(VmThreadState *vs)
{
    while (vs->chunk != NULL)
        pop_chunk(vs);
    vs->top = vs->limit = NULL;
    PyMem_Free(spare_chunk);
    spare_chunk = NULL;
}
