// memoryview.c: the memoryview type: the managed buffer that views share, creating and
// releasing views, memoryview(obj), the buffer it re-exports, its attributes (format, shape,
// readonly, ...), ==, hash, repr, len and iteration. Indexing, slicing, assignment, cast and
// the conversions are in memoryview_ops.c, item formats in memoryview_format.c.
#include <string.h>

#include "runtime/objects/memoryview_internal.h"

// ---- the managed buffer -------------------------------------------------------------------------

static void
mbuf_release(RtManagedBuffer *m)
{
    if (m->flags & RT_MBUF_RELEASED)
        return;
    m->flags |= RT_MBUF_RELEASED;
    // Nothing can reach the exporter through us any more: no cycle to collect.
    PyObject_GC_UnTrack(m);
    PyBuffer_Release(&m->master);
}

static RtManagedBuffer *
mbuf_new(void)
{
    RtManagedBuffer *m = (RtManagedBuffer *)rt_gc_new(&rt_managed_buffer_type);
    if (m == NULL)
        return NULL;
    m->flags = 0;
    m->exports = 0;
    m->master.obj = NULL;
    return m;
}

// The managed buffer of a full (strided, formatted) read-only-or-not view of o's memory.
static RtManagedBuffer *
mbuf_from_object(PyObject *o)
{
    RtManagedBuffer *m = mbuf_new();
    if (m == NULL)
        return NULL;
    if (PyObject_GetBuffer(o, &m->master, PyBUF_FULL_RO) < 0) {
        m->master.obj = NULL;
        m->flags |= RT_MBUF_RELEASED;
        Py_DECREF(m);
        return NULL;
    }
    PyObject_GC_Track(m);
    return m;
}

static void
mbuf_dealloc(PyObject *o)
{
    RtManagedBuffer *m = (RtManagedBuffer *)o;
    PyObject_GC_UnTrack(o);
    mbuf_release(m);
    PyObject_GC_Del(o);
}

static int
mbuf_traverse(PyObject *o, visitproc visit, void *arg)
{
    Py_VISIT(((RtManagedBuffer *)o)->master.obj);
    return 0;
}

static int
mbuf_clear(PyObject *o)
{
    mbuf_release((RtManagedBuffer *)o);
    return 0;
}

PyTypeObject rt_managed_buffer_type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "managedbuffer",
    .tp_basicsize = sizeof(RtManagedBuffer),
    .tp_dealloc = mbuf_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = mbuf_traverse,
    .tp_clear = mbuf_clear,
    .tp_free = PyObject_GC_Del,
};

// ---- creating views ----------------------------------------------------------------------------

int
rt_memoryview_check_released(PyObject *mv)
{
    if (!rt_memoryview_released(mv))
        return 0;
    PyErr_SetString(PyExc_ValueError, "operation forbidden on released memoryview object");
    return -1;
}

void
rt_memoryview_init_len(Py_buffer *view)
{
    Py_ssize_t len = view->itemsize;
    for (int i = 0; i < view->ndim; i++)
        len *= view->shape[i];
    view->len = len;
}

void
rt_memoryview_init_flags(PyObject *mv)
{
    const Py_buffer *view = &MV(mv)->view;
    int flags = 0;
    if (view->ndim == 0)
        flags = RT_MV_C | RT_MV_FORTRAN;
    else if (view->ndim == 1) {
        // CPython's rule: one item, or items one itemsize apart (even when there are none).
        if (view->shape[0] == 1 || view->strides[0] == view->itemsize)
            flags = RT_MV_C | RT_MV_FORTRAN;
    } else {
        flags = (PyBuffer_IsContiguous(view, 'C') ? RT_MV_C : 0) |
                (PyBuffer_IsContiguous(view, 'F') ? RT_MV_FORTRAN : 0);
    }
    MV(mv)->flags = (MV(mv)->flags & RT_MV_RELEASED) | flags;
}

// Copy src's shape and strides into dest (same ndim), filling in what a simple view lacks.
static void
init_shape_strides(Py_buffer *dest, const Py_buffer *src)
{
    if (src->ndim == 0) {
        dest->shape = dest->strides = NULL;
        return;
    }
    if (src->ndim == 1) {
        dest->shape[0] = src->shape ? src->shape[0] : src->len / src->itemsize;
        dest->strides[0] = src->strides ? src->strides[0] : src->itemsize;
        return;
    }
    memcpy(dest->shape, src->shape, sizeof(Py_ssize_t) * (size_t)src->ndim);
    if (src->strides != NULL)
        memcpy(dest->strides, src->strides, sizeof(Py_ssize_t) * (size_t)src->ndim);
    else
        PyBuffer_FillContiguousStrides(src->ndim, dest->shape, dest->strides,
                                       (int)src->itemsize, 'C');
}

PyObject *
rt_memoryview_new_view(RtManagedBuffer *mbuf, const Py_buffer *src, int ndim)
{
    PyMemoryViewObject *mv = (PyMemoryViewObject *)rt_gc_new_var(&PyMemoryView_Type, 3 * ndim);
    if (mv == NULL)
        return NULL;
    mv->hash = -1;
    mv->flags = 0;
    mv->exports = 0;
    Py_buffer *view = &mv->view;
    *view = *src;
    view->obj = src->obj; // borrowed: the managed buffer holds the exporter
    view->format = src->format != NULL ? src->format : "B";
    view->ndim = ndim;
    view->shape = mv->ob_array;
    view->strides = mv->ob_array + ndim;
    view->suboffsets = NULL;
    if (src->ndim == ndim)
        init_shape_strides(view, src);
    mv->mbuf = (RtManagedBuffer *)Py_NewRef(mbuf);
    mbuf->exports++;
    if (src->ndim == ndim)
        rt_memoryview_init_flags((PyObject *)mv);
    PyObject_GC_Track(mv);
    return (PyObject *)mv;
}

PyObject *
PyMemoryView_FromObject(PyObject *o)
{
    if (PyMemoryView_Check(o)) {
        if (rt_memoryview_check_released(o) < 0)
            return NULL;
        return rt_memoryview_new_view(MV(o)->mbuf, &MV(o)->view, MV(o)->view.ndim);
    }
    if (!PyObject_CheckBuffer(o))
        return PyErr_Format(PyExc_TypeError,
                            "memoryview: a bytes-like object is required, not '%.200s'",
                            Py_TYPE(o)->tp_name);
    RtManagedBuffer *m = mbuf_from_object(o);
    if (m == NULL)
        return NULL;
    PyObject *mv = rt_memoryview_new_view(m, &m->master, m->master.ndim);
    Py_DECREF(m);
    return mv;
}

PyObject *
PyMemoryView_FromBuffer(const Py_buffer *info)
{
    if (info->buf == NULL) {
        PyErr_SetString(PyExc_ValueError, "PyMemoryView_FromBuffer(): info->buf must not be NULL");
        return NULL;
    }
    RtManagedBuffer *m = mbuf_new();
    if (m == NULL)
        return NULL;
    m->master = *info;
    m->master.obj = NULL; // nothing to release
    PyObject_GC_Track(m);
    PyObject *mv = rt_memoryview_new_view(m, &m->master, info->ndim);
    Py_DECREF(m);
    return mv;
}

PyObject *
PyMemoryView_FromMemory(char *mem, Py_ssize_t size, int flags)
{
    Py_buffer info;
    if (PyBuffer_FillInfo(&info, NULL, mem, size, flags != PyBUF_WRITE, PyBUF_FULL_RO) < 0)
        return NULL;
    return PyMemoryView_FromBuffer(&info);
}

// ---- release ------------------------------------------------------------------------------------

// Release self's hold on the memory (the last view releases the exporter's buffer). 0, or -1
// with BufferError while buffers of self are exported.
static int
memory_release(PyObject *self)
{
    PyMemoryViewObject *mv = MV(self);
    if (mv->flags & RT_MV_RELEASED)
        return 0;
    if (mv->exports > 0) {
        PyErr_Format(PyExc_BufferError, "memoryview has %zd exported buffer%s", mv->exports,
                     mv->exports == 1 ? "" : "s");
        return -1;
    }
    mv->flags |= RT_MV_RELEASED;
    if (--mv->mbuf->exports == 0)
        mbuf_release(mv->mbuf);
    return 0;
}

static void
memory_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    if (MV(self)->mbuf != NULL) {
        if (memory_release(self) < 0) // cannot happen: consumers of our buffer hold us
            PyErr_Clear();
        Py_CLEAR(MV(self)->mbuf);
    }
    PyObject_GC_Del(self);
}

static int
memory_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(MV(self)->mbuf);
    return 0;
}

static int
memory_clear(PyObject *self)
{
    if (memory_release(self) < 0)
        PyErr_Clear();
    Py_CLEAR(MV(self)->mbuf);
    return 0;
}

static PyObject *
memory_release_meth(PyObject *self, PyObject *unused)
{
    if (memory_release(self) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
memory_enter(PyObject *self, PyObject *unused)
{
    if (rt_memoryview_check_released(self) < 0)
        return NULL;
    return Py_NewRef(self);
}

static PyObject *
memory_exit(PyObject *self, PyObject *args)
{
    return memory_release_meth(self, NULL);
}

// ---- memoryview(object) ------------------------------------------------------------------------

static PyObject *
memory_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    Py_ssize_t nargs = PyTuple_GET_SIZE(args), nkw = kwds != NULL ? PyDict_GET_SIZE(kwds) : 0;
    PyObject *object = nargs > 0 ? PyTuple_GET_ITEM(args, 0) : NULL;
    if (nargs + nkw > 1)
        return PyErr_Format(PyExc_TypeError, "memoryview() takes at most 1 argument (%zd given)",
                            nargs + nkw);
    if (nkw == 1) {
        Py_ssize_t pos = 0;
        PyObject *key, *value;
        PyDict_Next(kwds, &pos, &key, &value);
        // Another name leaves the required argument missing, which is reported first.
        if (PyUnicode_Check(key) && rt_str_equal_ascii(key, "object"))
            object = value;
    }
    if (object == NULL) {
        PyErr_SetString(PyExc_TypeError, "memoryview() missing required argument 'object' (pos 1)");
        return NULL;
    }
    return PyMemoryView_FromObject(object);
}

// ---- the buffer a memoryview exports ------------------------------------------------------------

static int
memory_getbuf(PyObject *self, Py_buffer *view, int flags)
{
    PyMemoryViewObject *mv = MV(self);
    view->obj = NULL;
    if (rt_memoryview_check_released(self) < 0)
        return -1;
    const char *error = NULL;
    if ((flags & PyBUF_WRITABLE) && mv->view.readonly)
        error = "memoryview: underlying buffer is not writable";
    else if ((flags & PyBUF_C_CONTIGUOUS) == PyBUF_C_CONTIGUOUS && !(mv->flags & RT_MV_C))
        error = "memoryview: underlying buffer is not C-contiguous";
    else if ((flags & PyBUF_F_CONTIGUOUS) == PyBUF_F_CONTIGUOUS && !(mv->flags & RT_MV_FORTRAN))
        error = "memoryview: underlying buffer is not Fortran contiguous";
    else if ((flags & PyBUF_ANY_CONTIGUOUS) == PyBUF_ANY_CONTIGUOUS &&
             !(mv->flags & (RT_MV_C | RT_MV_FORTRAN)))
        error = "memoryview: underlying buffer is not contiguous";
    else if ((flags & PyBUF_STRIDES) != PyBUF_STRIDES && !(mv->flags & RT_MV_C))
        error = "memoryview: underlying buffer is not C-contiguous";
    else if ((flags & PyBUF_ND) != PyBUF_ND && (flags & PyBUF_FORMAT))
        error = "memoryview: cannot cast to unsigned bytes if the format flag is present";
    if (error != NULL) {
        PyErr_SetString(PyExc_BufferError, error);
        return -1;
    }
    *view = mv->view;
    // What the consumer did not ask for, it does not get: no format means unsigned bytes.
    if (!(flags & PyBUF_FORMAT))
        view->format = NULL;
    if ((flags & PyBUF_STRIDES) != PyBUF_STRIDES)
        view->strides = NULL;
    if ((flags & PyBUF_ND) != PyBUF_ND) {
        view->ndim = 1;
        view->shape = NULL;
    }
    view->obj = Py_NewRef(self);
    mv->exports++;
    return 0;
}

static void
memory_releasebuf(PyObject *self, Py_buffer *view)
{
    MV(self)->exports--;
}

static PyBufferProcs memory_as_buffer = {
    .bf_getbuffer = memory_getbuf,
    .bf_releasebuffer = memory_releasebuf,
};

// ---- attributes ---------------------------------------------------------------------------------

static PyObject *
ssize_tuple(int n, const Py_ssize_t *v)
{
    if (v == NULL)
        return PyTuple_New(0);
    PyObject *t = PyTuple_New(n);
    for (int i = 0; t != NULL && i < n; i++) {
        PyObject *x = PyLong_FromSsize_t(v[i]);
        if (x == NULL)
            Py_CLEAR(t);
        else
            PyTuple_SET_ITEM(t, i, x);
    }
    return t;
}

enum { ATTR_OBJ, ATTR_NBYTES, ATTR_READONLY, ATTR_ITEMSIZE, ATTR_FORMAT, ATTR_NDIM, ATTR_SHAPE,
       ATTR_STRIDES, ATTR_SUBOFFSETS, ATTR_C_CONTIGUOUS, ATTR_F_CONTIGUOUS, ATTR_CONTIGUOUS };

static PyObject *
memory_attr(PyObject *self, void *closure)
{
    if (rt_memoryview_check_released(self) < 0)
        return NULL;
    const Py_buffer *view = &MV(self)->view;
    int flags = MV(self)->flags;
    switch ((int)(intptr_t)closure) {
    case ATTR_OBJ: return Py_NewRef(view->obj != NULL ? view->obj : Py_None);
    case ATTR_NBYTES: return PyLong_FromSsize_t(view->len);
    case ATTR_READONLY: return PyBool_FromLong(view->readonly);
    case ATTR_ITEMSIZE: return PyLong_FromSsize_t(view->itemsize);
    case ATTR_FORMAT: return PyUnicode_FromString(view->format);
    case ATTR_NDIM: return PyLong_FromLong(view->ndim);
    case ATTR_SHAPE: return ssize_tuple(view->ndim, view->shape);
    case ATTR_STRIDES: return ssize_tuple(view->ndim, view->strides);
    case ATTR_SUBOFFSETS: return ssize_tuple(view->ndim, view->suboffsets);
    case ATTR_C_CONTIGUOUS: return PyBool_FromLong((flags & RT_MV_C) != 0);
    case ATTR_F_CONTIGUOUS: return PyBool_FromLong((flags & RT_MV_FORTRAN) != 0);
    default: return PyBool_FromLong((flags & (RT_MV_C | RT_MV_FORTRAN)) != 0);
    }
}

#define ATTR(name, which, doc) {name, memory_attr, NULL, doc, (void *)(intptr_t)(which)}

static PyGetSetDef memory_getsets[] = {
    ATTR("obj", ATTR_OBJ, "The underlying object of the memoryview."),
    ATTR("nbytes", ATTR_NBYTES,
         "The amount of space in bytes that the array would use in\n a contiguous "
         "representation."),
    ATTR("readonly", ATTR_READONLY, "A bool indicating whether the memory is read only."),
    ATTR("itemsize", ATTR_ITEMSIZE, "The size in bytes of each element of the memoryview."),
    ATTR("format", ATTR_FORMAT,
         "A string containing the format (in struct module style)\n for each element in the "
         "view."),
    ATTR("ndim", ATTR_NDIM,
         "An integer indicating how many dimensions of a multi-dimensional\n array the memory "
         "represents."),
    ATTR("shape", ATTR_SHAPE,
         "A tuple of ndim integers giving the shape of the memory\n as an N-dimensional "
         "array."),
    ATTR("strides", ATTR_STRIDES,
         "A tuple of ndim integers giving the size in bytes to access\n each element for each "
         "dimension of the array."),
    ATTR("suboffsets", ATTR_SUBOFFSETS,
         "A tuple of integers used internally for PIL-style arrays."),
    ATTR("c_contiguous", ATTR_C_CONTIGUOUS,
         "A bool indicating whether the memory is C contiguous."),
    ATTR("f_contiguous", ATTR_F_CONTIGUOUS,
         "A bool indicating whether the memory is Fortran contiguous."),
    ATTR("contiguous", ATTR_CONTIGUOUS, "A bool indicating whether the memory is contiguous."),
    {NULL},
};

// ---- comparison, hash, repr, len ----------------------------------------------------------------

// Compare the items of two views of the same shape, dimension by dimension.
static int
items_equal(const char *p, const Py_buffer *v, char vc, const char *q, const Py_buffer *w,
            char wc, int dim)
{
    if (dim == v->ndim)
        return rt_memoryview_items_equal(p, vc, q, wc);
    for (Py_ssize_t i = 0; i < v->shape[dim]; i++) {
        int r = items_equal(p, v, vc, q, w, wc, dim + 1);
        if (r <= 0)
            return r;
        p += v->strides[dim];
        q += w->strides[dim];
    }
    return 1;
}

static int
same_shape(const Py_buffer *v, const Py_buffer *w)
{
    if (v->ndim != w->ndim)
        return 0;
    for (int i = 0; i < v->ndim; i++) {
        if (v->shape[i] != w->shape[i])
            return 0;
        if (v->shape[i] == 0)
            break;
    }
    return 1;
}

// 1/0 for v == w (w's buffer in *wv), -1 on error.
static int
views_equal(const Py_buffer *v, const Py_buffer *w)
{
    if (!same_shape(v, w))
        return 0;
    char vc = rt_memoryview_item_code(v), wc = vc ? rt_memoryview_item_code(w) : 0;
    if (wc == 0)
        return -1;
    // A one-dimensional exporter may omit strides: give it its natural ones.
    Py_buffer wfull = *w;
    Py_ssize_t stride1 = w->itemsize;
    if (w->strides == NULL && w->ndim == 1)
        wfull.strides = &stride1;
    return items_equal(v->buf, v, vc, w->buf, &wfull, wc, 0);
}

// Only == and != are defined.
static PyObject *
memory_richcompare(PyObject *v, PyObject *w, int op)
{
    if (op != Py_EQ && op != Py_NE)
        Py_RETURN_NOTIMPLEMENTED;
    int equal;
    Py_buffer wbuf = {.obj = NULL};
    // Released views equal only themselves; live ones compare items (a NaN differs from itself).
    if (rt_memoryview_released(v) || (PyMemoryView_Check(w) && rt_memoryview_released(w)))
        equal = v == w;
    else if (PyMemoryView_Check(w))
        equal = views_equal(&MV(v)->view, &MV(w)->view);
    else if (PyObject_GetBuffer(w, &wbuf, PyBUF_FULL_RO) < 0) {
        PyErr_Clear();
        Py_RETURN_NOTIMPLEMENTED;
    } else {
        equal = views_equal(&MV(v)->view, &wbuf);
        PyBuffer_Release(&wbuf);
    }
    if (equal < 0)
        return NULL;
    return PyBool_FromLong(equal == (op == Py_EQ));
}

// hash(mv) = hash(mv.tobytes()), only for read-only views of bytes ('B', 'b' or 'c').
static Py_hash_t
memory_hash(PyObject *self)
{
    PyMemoryViewObject *mv = MV(self);
    if (mv->hash != -1)
        return mv->hash;
    if (rt_memoryview_check_released(self) < 0)
        return -1;
    if (!mv->view.readonly) {
        PyErr_SetString(PyExc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    char code;
    if (rt_memoryview_format_size(mv->view.format, &code) < 0 ||
        (code != 'B' && code != 'b' && code != 'c')) {
        PyErr_SetString(PyExc_ValueError,
                        "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    // An unhashable exporter makes its views unhashable, with its own error.
    if (mv->view.obj != NULL && PyObject_Hash(mv->view.obj) == -1)
        return -1;
    char *mem = PyMem_Malloc(mv->view.len > 0 ? (size_t)mv->view.len : 1);
    if (mem == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    PyBuffer_ToContiguous(mem, &mv->view, mv->view.len, 'C');
    mv->hash = rt_hash_bytes(mem, mv->view.len);
    PyMem_Free(mem);
    return mv->hash;
}

static PyObject *
memory_repr(PyObject *self)
{
    if (MV(self)->flags & RT_MV_RELEASED)
        return PyUnicode_FromFormat("<released memory at %p>", self);
    return PyUnicode_FromFormat("<memory at %p>", self);
}

static Py_ssize_t
memory_length(PyObject *self)
{
    if (rt_memoryview_check_released(self) < 0)
        return -1;
    return MV(self)->view.ndim == 0 ? 1 : MV(self)->view.shape[0];
}

// ---- iteration ----------------------------------------------------------------------------------

typedef struct {
    PyObject_HEAD
    Py_ssize_t index, length;
    char code;
    PyObject *seq; // the memoryview; NULL once exhausted
} MemoryIterObject;

static PyObject *
memory_iter(PyObject *self)
{
    if (rt_memoryview_check_released(self) < 0)
        return NULL;
    const Py_buffer *view = &MV(self)->view;
    if (view->ndim == 0) {
        PyErr_SetString(PyExc_TypeError, "invalid indexing of 0-dim memory");
        return NULL;
    }
    if (view->ndim != 1) {
        PyErr_SetString(PyExc_NotImplementedError,
                        "multi-dimensional sub-views are not implemented");
        return NULL;
    }
    char code = rt_memoryview_item_code(view);
    if (code == 0)
        return NULL;
    MemoryIterObject *it = (MemoryIterObject *)rt_gc_new(&rt_memory_iterator_type);
    if (it == NULL)
        return NULL;
    it->index = 0;
    it->length = view->shape[0];
    it->code = code;
    it->seq = Py_NewRef(self);
    PyObject_GC_Track(it);
    return (PyObject *)it;
}

static void
memoryiter_dealloc(PyObject *o)
{
    PyObject_GC_UnTrack(o);
    Py_XDECREF(((MemoryIterObject *)o)->seq);
    PyObject_GC_Del(o);
}

static int
memoryiter_traverse(PyObject *o, visitproc visit, void *arg)
{
    Py_VISIT(((MemoryIterObject *)o)->seq);
    return 0;
}

static int
memoryiter_clear(PyObject *o)
{
    Py_CLEAR(((MemoryIterObject *)o)->seq);
    return 0;
}

static PyObject *
memoryiter_next(PyObject *o)
{
    MemoryIterObject *it = (MemoryIterObject *)o;
    if (it->seq == NULL)
        return NULL;
    if (it->index < it->length) {
        if (rt_memoryview_check_released(it->seq) < 0)
            return NULL;
        const char *p = rt_memoryview_item_pointer(&MV(it->seq)->view, it->index++);
        return p != NULL ? rt_memoryview_unpack(p, it->code) : NULL;
    }
    Py_CLEAR(it->seq);
    return NULL;
}

static PyObject *
self_iter(PyObject *o)
{
    return Py_NewRef(o);
}

PyTypeObject rt_memory_iterator_type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "memory_iterator",
    .tp_basicsize = sizeof(MemoryIterObject),
    .tp_dealloc = memoryiter_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = memoryiter_traverse,
    .tp_clear = memoryiter_clear,
    .tp_iter = self_iter,
    .tp_iternext = memoryiter_next,
    .tp_free = PyObject_GC_Del,
};

// ---- the type -----------------------------------------------------------------------------------

#define FAST(f) (PyCFunction)(void (*)(void))(f)

static PyMethodDef memory_methods[] = {
    {"release", memory_release_meth, METH_NOARGS,
     "release($self, /)\n--\n\nRelease the underlying buffer exposed by the memoryview object."},
    {"tobytes", FAST(rt_memoryview_tobytes), METH_FASTCALL | METH_KEYWORDS,
     "tobytes($self, /, order=None)\n--\n\nReturn the data in the buffer as a byte string. "
     "Order can be {'C', 'F', 'A'}.\nWhen order is 'C' or 'F', the data of the original array "
     "is converted to C or\nFortran order. For contiguous views, 'A' returns an exact copy of "
     "the physical\nmemory. In particular, in-memory Fortran order is preserved. For "
     "non-contiguous\nviews, the data is converted to C first. order=None is the same as "
     "order='C'."},
    {"hex", FAST(rt_memoryview_hex), METH_FASTCALL | METH_KEYWORDS,
     "hex($self, /, sep=<unrepresentable>, bytes_per_sep=1)\n--\n\nReturn the data in the "
     "buffer as a str of hexadecimal numbers.\n\n  sep\n    An optional single character or "
     "byte to separate hex bytes.\n  bytes_per_sep\n    How many bytes between separators.  "
     "Positive values count from the\n    right, negative values count from the left."},
    {"tolist", rt_memoryview_tolist, METH_NOARGS,
     "tolist($self, /)\n--\n\nReturn the data in the buffer as a list of elements."},
    {"cast", FAST(rt_memoryview_cast), METH_FASTCALL | METH_KEYWORDS,
     "cast($self, /, format, shape=<unrepresentable>)\n--\n\nCast a memoryview to a new "
     "format or shape."},
    {"toreadonly", rt_memoryview_toreadonly, METH_NOARGS,
     "toreadonly($self, /)\n--\n\nReturn a readonly version of the memoryview."},
    {"__enter__", memory_enter, METH_NOARGS, NULL},
    {"__exit__", memory_exit, METH_VARARGS,
     "__exit__($self, /, *exc_info)\n--\n\nRelease the underlying buffer exposed by the "
     "memoryview object."},
    {NULL},
};

static PySequenceMethods memory_as_sequence = {
    .sq_length = memory_length,
    .sq_item = rt_memoryview_item,
};

static PyMappingMethods memory_as_mapping = {
    .mp_length = memory_length,
    .mp_subscript = rt_memoryview_subscript,
    .mp_ass_subscript = rt_memoryview_ass_subscript,
};

PyTypeObject PyMemoryView_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "memoryview",
    .tp_basicsize = offsetof(PyMemoryViewObject, ob_array),
    .tp_itemsize = sizeof(Py_ssize_t),
    .tp_dealloc = memory_dealloc,
    .tp_repr = memory_repr,
    .tp_as_sequence = &memory_as_sequence,
    .tp_as_mapping = &memory_as_mapping,
    .tp_hash = memory_hash,
    .tp_as_buffer = &memory_as_buffer,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_SEQUENCE,
    .tp_doc = "memoryview(object)\n--\n\nCreate a new memoryview object which references the "
              "given object.",
    .tp_traverse = memory_traverse,
    .tp_clear = memory_clear,
    .tp_richcompare = memory_richcompare,
    .tp_iter = memory_iter,
    .tp_methods = memory_methods,
    .tp_getset = memory_getsets,
    .tp_new = memory_new,
    .tp_free = PyObject_GC_Del,
};
