// memoryview_ops.c: what memoryviews do with their items: indexing (with ints and tuples),
// slicing into new views of the same memory, item and slice assignment, cast, and the
// conversions tobytes, tolist, hex and toreadonly. The type and the managed buffer are in
// memoryview.c.
#include <string.h>

#include "runtime/objects/bytes_internal.h"
#include "runtime/objects/memoryview_internal.h"

// ---- locating items -----------------------------------------------------------------------------

// The address of item `index` along dimension dim, starting from p.
static char *
step_dimension(const Py_buffer *view, char *p, int dim, Py_ssize_t index)
{
    Py_ssize_t n = view->shape[dim];
    if (index < 0)
        index += n;
    if (index < 0 || index >= n) {
        PyErr_Format(PyExc_IndexError, "index out of bounds on dimension %d", dim + 1);
        return NULL;
    }
    return p + view->strides[dim] * index;
}

char *
rt_memoryview_item_pointer(const Py_buffer *view, Py_ssize_t index)
{
    return step_dimension(view, view->buf, 0, index);
}

// The item a tuple of ints names (as many ints as dimensions), or NULL with CPython's errors.
static char *
pointer_from_tuple(const Py_buffer *view, PyObject *key)
{
    Py_ssize_t n = PyTuple_GET_SIZE(key);
    if (n < view->ndim) {
        PyErr_SetString(PyExc_NotImplementedError, "sub-views are not implemented");
        return NULL;
    }
    if (n > view->ndim) {
        PyErr_Format(PyExc_TypeError, "cannot index %d-dimension view with %zd-element tuple",
                     view->ndim, n);
        return NULL;
    }
    char *p = view->buf;
    for (int dim = 0; dim < view->ndim && p != NULL; dim++) {
        Py_ssize_t i = PyNumber_AsSsize_t(PyTuple_GET_ITEM(key, dim), PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return NULL;
        p = step_dimension(view, p, dim, i);
    }
    return p;
}

// A tuple of ints (possibly empty) / a non-empty tuple of slices.
static int
is_multiindex(PyObject *key)
{
    if (!PyTuple_Check(key))
        return 0;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(key); i++) {
        if (!PyIndex_Check(PyTuple_GET_ITEM(key, i)))
            return 0;
    }
    return 1;
}

static int
is_multislice(PyObject *key)
{
    if (!PyTuple_Check(key) || PyTuple_GET_SIZE(key) == 0)
        return 0;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(key); i++) {
        if (!PySlice_Check(PyTuple_GET_ITEM(key, i)))
            return 0;
    }
    return 1;
}

// Narrow dimension 0 of view to the slice key: the same memory, a new start and stride.
static int
apply_slice(Py_buffer *view, PyObject *key)
{
    Py_ssize_t start, stop, step;
    if (PySlice_Unpack(key, &start, &stop, &step) < 0)
        return -1;
    Py_ssize_t n = PySlice_AdjustIndices(view->shape[0], &start, &stop, step);
    view->buf = (char *)view->buf + view->strides[0] * start;
    view->shape[0] = n;
    view->strides[0] *= step;
    return 0;
}

// ---- reading ------------------------------------------------------------------------------------

PyObject *
rt_memoryview_item(PyObject *self, Py_ssize_t index)
{
    if (rt_memoryview_check_released(self) < 0)
        return NULL;
    const Py_buffer *view = &MV(self)->view;
    char code = rt_memoryview_item_code(view);
    if (code == 0)
        return NULL;
    if (view->ndim == 0) {
        PyErr_SetString(PyExc_TypeError, "invalid indexing of 0-dim memory");
        return NULL;
    }
    if (view->ndim > 1) {
        PyErr_SetString(PyExc_NotImplementedError,
                        "multi-dimensional sub-views are not implemented");
        return NULL;
    }
    const char *p = rt_memoryview_item_pointer(view, index);
    return p != NULL ? rt_memoryview_unpack(p, code) : NULL;
}

static PyObject *
zero_dim_subscript(PyObject *self, PyObject *key)
{
    if (PyTuple_Check(key) && PyTuple_GET_SIZE(key) == 0) {
        char code = rt_memoryview_item_code(&MV(self)->view);
        return code ? rt_memoryview_unpack(MV(self)->view.buf, code) : NULL;
    }
    if (key == Py_Ellipsis)
        return Py_NewRef(self);
    PyErr_SetString(PyExc_TypeError, "invalid indexing of 0-dim memory");
    return NULL;
}

PyObject *
rt_memoryview_subscript(PyObject *self, PyObject *key)
{
    if (rt_memoryview_check_released(self) < 0)
        return NULL;
    const Py_buffer *view = &MV(self)->view;
    if (view->ndim == 0)
        return zero_dim_subscript(self, key);
    if (PyIndex_Check(key)) {
        Py_ssize_t i = PyNumber_AsSsize_t(key, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return NULL;
        return rt_memoryview_item(self, i);
    }
    if (PySlice_Check(key)) {
        // A new view of the same memory: nothing is copied.
        PyObject *sliced = rt_memoryview_new_view(MV(self)->mbuf, view, view->ndim);
        if (sliced == NULL)
            return NULL;
        if (apply_slice(&MV(sliced)->view, key) < 0) {
            Py_DECREF(sliced);
            return NULL;
        }
        rt_memoryview_init_len(&MV(sliced)->view);
        rt_memoryview_init_flags(sliced);
        return sliced;
    }
    if (is_multiindex(key)) {
        char code = rt_memoryview_item_code(view);
        const char *p = code ? pointer_from_tuple(view, key) : NULL;
        return p != NULL ? rt_memoryview_unpack(p, code) : NULL;
    }
    if (is_multislice(key)) {
        PyErr_SetString(PyExc_NotImplementedError, "multi-dimensional slicing is not implemented");
        return NULL;
    }
    PyErr_SetString(PyExc_TypeError, "memoryview: invalid slice key");
    return NULL;
}

// ---- writing ------------------------------------------------------------------------------------

// dest = src for two views of the same format, item size and shape (one dimension each). The
// source is gathered first, so overlapping views of the same memory copy correctly.
static int
copy_view(const Py_buffer *dest, const Py_buffer *src)
{
    const char *df = dest->format ? dest->format : "B", *sf = src->format ? src->format : "B";
    Py_ssize_t src_items = src->shape ? src->shape[0] : src->len / src->itemsize;
    if (strcmp(df, sf) != 0 || dest->itemsize != src->itemsize || src->ndim != 1 ||
        dest->shape[0] != src_items) {
        PyErr_SetString(PyExc_ValueError,
                        "memoryview assignment: lvalue and rvalue have different structures");
        return -1;
    }
    char *tmp = PyMem_Malloc(src->len > 0 ? (size_t)src->len : 1);
    if (tmp == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    int r = PyBuffer_ToContiguous(tmp, src, src->len, 'C');
    if (r == 0)
        r = PyBuffer_FromContiguous(dest, tmp, src->len, 'C');
    PyMem_Free(tmp);
    return r;
}

static int
assign_slice(PyObject *self, PyObject *key, PyObject *value)
{
    Py_buffer src;
    if (PyObject_GetBuffer(value, &src, PyBUF_FULL_RO) < 0)
        return -1;
    Py_buffer dest = MV(self)->view;
    Py_ssize_t shape = dest.shape[0], stride = dest.strides[0];
    dest.shape = &shape;
    dest.strides = &stride;
    int r = apply_slice(&dest, key);
    if (r == 0) {
        dest.len = shape * dest.itemsize;
        r = copy_view(&dest, &src);
    }
    PyBuffer_Release(&src);
    return r;
}

int
rt_memoryview_ass_subscript(PyObject *self, PyObject *key, PyObject *value)
{
    if (rt_memoryview_check_released(self) < 0)
        return -1;
    const Py_buffer *view = &MV(self)->view;
    char code = rt_memoryview_item_code(view);
    if (code == 0)
        return -1;
    if (view->readonly) {
        PyErr_SetString(PyExc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError, "cannot delete memory");
        return -1;
    }
    if (view->ndim == 0) {
        if (key == Py_Ellipsis || (PyTuple_Check(key) && PyTuple_GET_SIZE(key) == 0))
            return rt_memoryview_pack(view->buf, code, value, view->format);
        PyErr_SetString(PyExc_TypeError, "invalid indexing of 0-dim memory");
        return -1;
    }
    if (PyIndex_Check(key)) {
        if (view->ndim > 1) {
            PyErr_SetString(PyExc_NotImplementedError, "sub-views are not implemented");
            return -1;
        }
        Py_ssize_t i = PyNumber_AsSsize_t(key, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return -1;
        char *p = rt_memoryview_item_pointer(view, i);
        return p != NULL ? rt_memoryview_pack(p, code, value, view->format) : -1;
    }
    if (PySlice_Check(key) && view->ndim == 1)
        return assign_slice(self, key, value);
    if (is_multiindex(key)) {
        char *p = pointer_from_tuple(view, key);
        return p != NULL ? rt_memoryview_pack(p, code, value, view->format) : -1;
    }
    if (PySlice_Check(key) || is_multislice(key)) {
        PyErr_SetString(PyExc_NotImplementedError,
                        "memoryview slice assignments are currently restricted to ndim = 1");
        return -1;
    }
    PyErr_SetString(PyExc_TypeError, "memoryview: invalid slice key");
    return -1;
}

// ---- cast ---------------------------------------------------------------------------------------

// Reinterpret view (C-contiguous) as one dimension of items of format fmt.
static int
cast_to_1d(Py_buffer *view, PyObject *format)
{
    if (!PyUnicode_Check(format)) {
        PyErr_Format(PyExc_TypeError, "cast() argument 'format' must be str, not %.50s",
                     Py_TYPE(format)->tp_name);
        return -1;
    }
    PyObject *ascii = PyUnicode_AsEncodedString(format, "ascii", NULL);
    if (ascii == NULL)
        return -1;
    char dest, src;
    const char *fmt = PyBytes_AS_STRING(ascii);
    Py_ssize_t itemsize = rt_memoryview_format_size(fmt, &dest);
    const char *static_fmt = rt_memoryview_format_static(fmt);
    Py_DECREF(ascii); // (CPython reads the format as a C string too: "B\0x" is "B")
    if (itemsize < 0) {
        PyErr_SetString(PyExc_ValueError, "memoryview: destination format must be a native "
                                          "single character format prefixed with an optional '@'");
        return -1;
    }
    int src_bytes = rt_memoryview_format_size(view->format, &src) >= 0 &&
                    (src == 'B' || src == 'b' || src == 'c');
    if (!src_bytes && dest != 'B' && dest != 'b' && dest != 'c') {
        PyErr_SetString(PyExc_TypeError, "memoryview: cannot cast between two non-byte formats");
        return -1;
    }
    if (view->len % itemsize != 0) {
        PyErr_SetString(PyExc_TypeError, "memoryview: length is not a multiple of itemsize");
        return -1;
    }
    view->format = (char *)static_fmt;
    view->itemsize = itemsize;
    view->ndim = 1;
    view->shape[0] = view->len / itemsize;
    view->strides[0] = itemsize;
    return 0;
}

// Give the one-dimensional view the shape of the list or tuple `shape` (ndim items).
static int
cast_to_nd(Py_buffer *view, PyObject *shape, int ndim)
{
    Py_ssize_t len = view->itemsize;
    PyObject **items = PySequence_Fast_ITEMS(shape);
    for (int i = 0; i < ndim; i++) {
        if (!PyLong_Check(items[i])) {
            PyErr_SetString(PyExc_TypeError, "memoryview.cast(): elements of shape must be "
                                             "integers");
            return -1;
        }
        Py_ssize_t n = PyLong_AsSsize_t(items[i]);
        if (n == -1 && PyErr_Occurred())
            return -1;
        if (n <= 0) {
            PyErr_SetString(PyExc_ValueError, "memoryview.cast(): elements of shape must be "
                                              "integers > 0");
            return -1;
        }
        if (n > PY_SSIZE_T_MAX / len) {
            PyErr_SetString(PyExc_ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
            return -1;
        }
        len *= n;
        view->shape[i] = n;
    }
    view->ndim = ndim;
    if (ndim == 0)
        view->shape = view->strides = NULL;
    else
        PyBuffer_FillContiguousStrides(ndim, view->shape, view->strides, (int)view->itemsize,
                                       'C');
    if (view->len != len) {
        PyErr_SetString(PyExc_TypeError, "memoryview: product(shape) * itemsize != buffer size");
        return -1;
    }
    return 0;
}

static int
has_zero_in_shape(const Py_buffer *view)
{
    for (int i = 0; i < view->ndim; i++) {
        if (view->shape[i] == 0)
            return 1;
    }
    return 0;
}

// cast(format, shape=<unrepresentable>)
PyObject *
rt_memoryview_cast(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {"format", "shape"};
    static const RtArgSpec spec = {"cast", names, 2, 0, 1, 2, 0};
    PyObject *a[2];
    if (rt_call_unpack(&spec, args, nargs, kwnames, a) < 0 ||
        rt_memoryview_check_released(self) < 0)
        return NULL;
    const Py_buffer *view = &MV(self)->view;
    PyObject *shape = a[1];
    if (!(MV(self)->flags & RT_MV_C)) {
        PyErr_SetString(PyExc_TypeError, "memoryview: casts are restricted to C-contiguous views");
        return NULL;
    }
    if ((shape != NULL || view->ndim != 1) && has_zero_in_shape(view)) {
        PyErr_SetString(PyExc_TypeError,
                        "memoryview: cannot cast view with zeros in shape or strides");
        return NULL;
    }
    Py_ssize_t ndim = 1;
    if (shape != NULL) {
        if (!PyList_Check(shape) && !PyTuple_Check(shape)) {
            PyErr_SetString(PyExc_TypeError, "shape must be a list or a tuple");
            return NULL;
        }
        ndim = PySequence_Fast_GET_SIZE(shape);
        if (ndim > PyBUF_MAX_NDIM) {
            PyErr_SetString(PyExc_ValueError,
                            "memoryview: number of dimensions must not exceed 64");
            return NULL;
        }
        if (view->ndim != 1 && ndim != 1) {
            PyErr_SetString(PyExc_TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
            return NULL;
        }
    }
    PyObject *mv = rt_memoryview_new_view(MV(self)->mbuf, view, ndim == 0 ? 1 : (int)ndim);
    if (mv == NULL)
        return NULL;
    if (cast_to_1d(&MV(mv)->view, a[0]) < 0 ||
        (shape != NULL && cast_to_nd(&MV(mv)->view, shape, (int)ndim) < 0)) {
        Py_DECREF(mv);
        return NULL;
    }
    rt_memoryview_init_flags(mv);
    return mv;
}

// ---- conversions --------------------------------------------------------------------------------

// tobytes(order=None): order 'C' (None), 'F' or 'A'.
PyObject *
rt_memoryview_tobytes(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {"order"};
    static const RtArgSpec spec = {"tobytes", names, 1, 0, 0, 1, 0};
    PyObject *a[1];
    if (rt_call_unpack(&spec, args, nargs, kwnames, a) < 0 ||
        rt_memoryview_check_released(self) < 0)
        return NULL;
    char order = 'C';
    if (a[0] != NULL && a[0] != Py_None) {
        if (!PyUnicode_Check(a[0])) {
            PyErr_Format(PyExc_TypeError, "tobytes() argument 'order' must be str or None, not "
                         "%.50s", Py_TYPE(a[0])->tp_name);
            return NULL;
        }
        if (rt_str_equal_ascii(a[0], "F"))
            order = 'F';
        else if (rt_str_equal_ascii(a[0], "A"))
            order = 'A';
        else if (!rt_str_equal_ascii(a[0], "C")) {
            PyErr_SetString(PyExc_ValueError, "order must be 'C', 'F' or 'A'");
            return NULL;
        }
    }
    const Py_buffer *view = &MV(self)->view;
    PyObject *r = PyBytes_FromStringAndSize(NULL, view->len);
    if (r != NULL && PyBuffer_ToContiguous(PyBytes_AS_STRING(r), view, view->len, order) < 0)
        Py_CLEAR(r);
    return r;
}

// hex(sep=<unrepresentable>, bytes_per_sep=1) of the bytes in C order.
PyObject *
rt_memoryview_hex(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *sep;
    Py_ssize_t bytes_per_sep;
    if (rt_bytes_parse_hex_args(args, nargs, kwnames, &sep, &bytes_per_sep) < 0 ||
        rt_memoryview_check_released(self) < 0)
        return NULL;
    const Py_buffer *view = &MV(self)->view;
    if (MV(self)->flags & RT_MV_C)
        return rt_bytes_hex(view->buf, view->len, sep, bytes_per_sep);
    char *tmp = PyMem_Malloc(view->len > 0 ? (size_t)view->len : 1);
    if (tmp == NULL)
        return PyErr_NoMemory();
    PyBuffer_ToContiguous(tmp, view, view->len, 'C');
    PyObject *r = rt_bytes_hex(tmp, view->len, sep, bytes_per_sep);
    PyMem_Free(tmp);
    return r;
}

// The items of dimension dim onwards, starting at p, as nested lists.
static PyObject *
tolist_from(const Py_buffer *view, const char *p, int dim, char code)
{
    if (dim == view->ndim)
        return rt_memoryview_unpack(p, code);
    PyObject *list = PyList_New(view->shape[dim]);
    for (Py_ssize_t i = 0; list != NULL && i < view->shape[dim]; i++) {
        PyObject *item = tolist_from(view, p + i * view->strides[dim], dim + 1, code);
        if (item == NULL)
            Py_CLEAR(list);
        else
            PyList_SET_ITEM(list, i, item);
    }
    return list;
}

PyObject *
rt_memoryview_tolist(PyObject *self, PyObject *unused)
{
    if (rt_memoryview_check_released(self) < 0)
        return NULL;
    const Py_buffer *view = &MV(self)->view;
    char code = rt_memoryview_item_code(view);
    return code ? tolist_from(view, view->buf, 0, code) : NULL;
}

PyObject *
rt_memoryview_toreadonly(PyObject *self, PyObject *unused)
{
    if (rt_memoryview_check_released(self) < 0)
        return NULL;
    const Py_buffer *view = &MV(self)->view;
    PyObject *mv = rt_memoryview_new_view(MV(self)->mbuf, view, view->ndim);
    if (mv != NULL)
        MV(mv)->view.readonly = 1;
    return mv;
}
