// buffer.c: the buffer protocol's generic calls (see buffer.h): getting and releasing views,
// contiguity tests and copies between strided and contiguous memory. Each exporter's
// bf_getbuffer lives with its type (bytes.c, bytearray.c, memoryview.c).
#include <string.h>

#include "runtime/runtime.h"

PyBufferProcs *
rt_buffer_procs(PyTypeObject *t)
{
    // Classes do not copy tp_as_buffer when they are readied, so follow the layout's chain.
    for (; t != NULL; t = t->tp_base) {
        if (t->tp_as_buffer != NULL && t->tp_as_buffer->bf_getbuffer != NULL)
            return t->tp_as_buffer;
    }
    return NULL;
}

int
PyObject_CheckBuffer(PyObject *o)
{
    return rt_buffer_procs(Py_TYPE(o)) != NULL;
}

int
PyObject_GetBuffer(PyObject *o, Py_buffer *view, int flags)
{
    PyBufferProcs *procs = rt_buffer_procs(Py_TYPE(o));
    if (procs == NULL) {
        PyErr_Format(PyExc_TypeError, "a bytes-like object is required, not '%.100s'",
                     rt_type_name(Py_TYPE(o)));
        return -1;
    }
    return procs->bf_getbuffer(o, view, flags);
}

void
PyBuffer_Release(Py_buffer *view)
{
    PyObject *obj = view->obj;
    if (obj == NULL)
        return;
    PyBufferProcs *procs = rt_buffer_procs(Py_TYPE(obj));
    if (procs != NULL && procs->bf_releasebuffer != NULL)
        procs->bf_releasebuffer(obj, view);
    view->obj = NULL;
    Py_DECREF(obj);
}

int
PyBuffer_FillInfo(Py_buffer *view, PyObject *obj, void *buf, Py_ssize_t len, int readonly,
                  int flags)
{
    if (view == NULL) {
        PyErr_SetString(PyExc_BufferError, "PyBuffer_FillInfo: view==NULL argument is obsolete");
        return -1;
    }
    if ((flags & PyBUF_WRITABLE) && readonly) {
        PyErr_SetString(PyExc_BufferError, "Object is not writable.");
        return -1;
    }
    view->obj = Py_XNewRef(obj);
    view->buf = buf;
    view->len = len;
    view->readonly = readonly;
    view->itemsize = 1;
    view->format = (flags & PyBUF_FORMAT) ? "B" : NULL;
    view->ndim = 1;
    // A one-dimensional byte run: its shape is its length, its stride the item size.
    view->shape = (flags & PyBUF_ND) ? &view->len : NULL;
    view->strides = (flags & PyBUF_STRIDES) == PyBUF_STRIDES ? &view->itemsize : NULL;
    view->suboffsets = NULL;
    view->internal = NULL;
    return 0;
}

// ---- contiguity ------------------------------------------------------------------------------

static int
is_c_contiguous(const Py_buffer *view)
{
    if (view->len == 0 || view->strides == NULL)
        return 1;
    Py_ssize_t expected = view->itemsize;
    for (int i = view->ndim - 1; i >= 0; i--) {
        if (view->shape[i] > 1 && view->strides[i] != expected)
            return 0;
        expected *= view->shape[i];
    }
    return 1;
}

static int
is_f_contiguous(const Py_buffer *view)
{
    if (view->len == 0)
        return 1;
    if (view->strides == NULL) {
        // C order: Fortran order too when at most one dimension has more than one item.
        if (view->ndim <= 1)
            return 1;
        int wide = 0;
        for (int i = 0; i < view->ndim; i++)
            wide += view->shape[i] > 1;
        return wide <= 1;
    }
    Py_ssize_t expected = view->itemsize;
    for (int i = 0; i < view->ndim; i++) {
        if (view->shape[i] > 1 && view->strides[i] != expected)
            return 0;
        expected *= view->shape[i];
    }
    return 1;
}

int
PyBuffer_IsContiguous(const Py_buffer *view, char order)
{
    if (view->suboffsets != NULL)
        return 0;
    if (order == 'C')
        return is_c_contiguous(view);
    if (order == 'F')
        return is_f_contiguous(view);
    if (order == 'A')
        return is_c_contiguous(view) || is_f_contiguous(view);
    return 0;
}

void
PyBuffer_FillContiguousStrides(int ndim, Py_ssize_t *shape, Py_ssize_t *strides, int itemsize,
                               char order)
{
    Py_ssize_t sd = itemsize;
    if (order == 'F') {
        for (int i = 0; i < ndim; i++) {
            strides[i] = sd;
            sd *= shape[i];
        }
        return;
    }
    for (int i = ndim - 1; i >= 0; i--) {
        strides[i] = sd;
        sd *= shape[i];
    }
}

void *
PyBuffer_GetPointer(const Py_buffer *view, const Py_ssize_t *indices)
{
    char *p = view->buf;
    for (int i = 0; i < view->ndim; i++)
        p += (view->strides != NULL ? view->strides[i] : view->itemsize) * indices[i];
    return p;
}

// ---- copies between strided and contiguous memory -------------------------------------------

// The shape and strides of a view that may lack them (a simple request): a 1-D run of bytes.
typedef struct {
    int ndim;
    const Py_ssize_t *shape, *strides;
    Py_ssize_t shape1, stride1;
} Layout;

static void
layout_of(const Py_buffer *view, Layout *l)
{
    l->ndim = view->ndim;
    l->shape = view->shape;
    l->strides = view->strides;
    if (view->shape == NULL) {
        l->ndim = 1;
        l->shape1 = view->itemsize > 0 ? view->len / view->itemsize : 0;
        l->shape = &l->shape1;
    }
    if (view->strides == NULL || view->shape == NULL) {
        l->stride1 = view->itemsize;
        l->strides = &l->stride1;
        if (l->ndim > 1) // no strides with a shape: C-contiguous, computed below
            l->strides = NULL;
    }
}

// Copy the items of an ndim-dimensional array between two layouts of the same shape.
static void
copy_items(char *dst, const Py_ssize_t *dstrides, const char *src, const Py_ssize_t *sstrides,
           const Py_ssize_t *shape, int ndim, Py_ssize_t itemsize)
{
    if (ndim == 0) {
        memcpy(dst, src, (size_t)itemsize);
        return;
    }
    for (Py_ssize_t i = 0; i < shape[0]; i++) {
        if (ndim == 1)
            memcpy(dst, src, (size_t)itemsize);
        else
            copy_items(dst, dstrides + 1, src, sstrides + 1, shape + 1, ndim - 1, itemsize);
        dst += dstrides[0];
        src += sstrides[0];
    }
}

// Copy between view (strided) and buf (contiguous in `order`), in the direction to_view says.
static int
copy_contiguous(const Py_buffer *view, char *buf, Py_ssize_t len, char order, int to_view,
                const char *who)
{
    if (len != view->len) {
        PyErr_Format(PyExc_ValueError, "%s: len != view->len", who);
        return -1;
    }
    int as_f = order == 'F' || (order == 'A' && !is_c_contiguous(view) && is_f_contiguous(view));
    if (PyBuffer_IsContiguous(view, as_f ? 'F' : 'C')) {
        if (to_view)
            memmove(view->buf, buf, (size_t)len);
        else
            memmove(buf, view->buf, (size_t)len);
        return 0;
    }
    Layout l;
    layout_of(view, &l);
    Py_ssize_t cstrides[PyBUF_MAX_NDIM], vstrides[PyBUF_MAX_NDIM];
    PyBuffer_FillContiguousStrides(l.ndim, (Py_ssize_t *)l.shape, cstrides, (int)view->itemsize,
                                   as_f ? 'F' : 'C');
    if (l.strides == NULL) {
        PyBuffer_FillContiguousStrides(l.ndim, (Py_ssize_t *)l.shape, vstrides,
                                       (int)view->itemsize, 'C');
        l.strides = vstrides;
    }
    if (to_view)
        copy_items(view->buf, l.strides, buf, cstrides, l.shape, l.ndim, view->itemsize);
    else
        copy_items(buf, cstrides, view->buf, l.strides, l.shape, l.ndim, view->itemsize);
    return 0;
}

int
PyBuffer_ToContiguous(void *buf, const Py_buffer *src, Py_ssize_t len, char order)
{
    return copy_contiguous(src, buf, len, order, 0, "PyBuffer_ToContiguous");
}

int
PyBuffer_FromContiguous(const Py_buffer *view, const void *buf, Py_ssize_t len, char order)
{
    return copy_contiguous(view, (char *)buf, len, order, 1, "PyBuffer_FromContiguous");
}

int
rt_buffer_get_bytes_like(PyObject *o, Py_buffer *view)
{
    if (PyObject_GetBuffer(o, view, PyBUF_SIMPLE) < 0)
        return -1;
    // A simple request already refuses non-contiguous memory; a third-party exporter might not.
    if (!PyBuffer_IsContiguous(view, 'C')) {
        PyBuffer_Release(view);
        PyErr_SetString(PyExc_BufferError, "a contiguous buffer is required");
        return -1;
    }
    return 0;
}
