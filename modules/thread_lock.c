// thread_lock.c: _thread's lock types: `lock` (LockType, what allocate_lock returns) and
// `RLock`, over POSIX semaphores so that a wait releases the GIL, honours a timeout and is
// interrupted by signals whose Python handlers then run (PEP 475). The rest of _thread is
// in threadmodule.c.
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <time.h>
#include "modules/modules.h"
#include "modules/thread_internal.h"
#include "runtime/call.h"

// CPython's _thread.TIMEOUT_MAX on Linux, in microseconds.
#define TIMEOUT_MAX_US ((int64_t)9223372036 * 1000000)

unsigned long
rt_thread_ident(void)
{
    return (unsigned long)pthread_self();
}

// ---- waiting ----------------------------------------------------------------------------------

int
rt_thread_sem_wait(sem_t *sem, int64_t timeout_us)
{
    if (sem_trywait(sem) == 0)
        return 1;
    if (timeout_us == 0)
        return 0;
    struct timespec until;
    clock_gettime(CLOCK_MONOTONIC, &until);
    until.tv_sec += (time_t)(timeout_us / 1000000);
    until.tv_nsec += (long)(timeout_us % 1000000) * 1000;
    if (until.tv_nsec >= 1000000000) {
        until.tv_sec++;
        until.tv_nsec -= 1000000000;
    }
    for (;;) {
        int r, err;
        Py_BEGIN_ALLOW_THREADS
        r = timeout_us < 0 ? sem_wait(sem) : sem_clockwait(sem, CLOCK_MONOTONIC, &until);
        err = errno;
        Py_END_ALLOW_THREADS
        if (r == 0)
            return 1;
        if (err == ETIMEDOUT)
            return 0;
        if (err != EINTR) {
            errno = err;
            PyErr_SetFromErrno(PyExc_OSError);
            return -1;
        }
        // A signal: run its Python handler (it may raise), then wait for the rest.
        if (PyErr_CheckSignals() < 0)
            return -1;
    }
}

// A timeout in seconds as microseconds: 0, or -1 with CPython's errors.
static int
timeout_arg(PyObject *o, int64_t *us)
{
    double secs = PyFloat_AsDouble(o);
    if (secs == -1.0 && PyErr_Occurred())
        return -1;
    if (isnan(secs)) {
        PyErr_SetString(PyExc_ValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    if (secs == -1.0) {
        *us = -1;
        return 0;
    }
    if (secs < 0) {
        PyErr_SetString(PyExc_ValueError, "timeout value must be positive");
        return -1;
    }
    if (secs > 9223372036.854775) { // beyond int64 nanoseconds
        PyErr_SetString(PyExc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    if (secs * 1e6 > (double)TIMEOUT_MAX_US) {
        PyErr_SetString(PyExc_OverflowError, "timeout value is too large");
        return -1;
    }
    *us = (int64_t)ceil(secs * 1e6);
    return 0;
}

int
rt_thread_acquire_args(const char *fname, PyObject *const *args, Py_ssize_t nargs,
                       PyObject *kwnames, int64_t *timeout_us)
{
    static const char *const names[] = {"blocking", "timeout"};
    RtArgSpec spec = {fname, names, 2, 0, 0, 2, 0};
    PyObject *arg[2];
    if (rt_call_unpack(&spec, args, nargs, kwnames, arg) < 0)
        return -1;
    int blocking = 1;
    if (arg[0] != NULL && (blocking = PyObject_IsTrue(arg[0])) < 0)
        return -1;
    *timeout_us = -1;
    if (arg[1] != NULL && timeout_arg(arg[1], timeout_us) < 0)
        return -1;
    if (!blocking && *timeout_us != -1) {
        PyErr_SetString(PyExc_ValueError, "can't specify a timeout for a non-blocking call");
        return -1;
    }
    if (!blocking)
        *timeout_us = 0;
    return 0;
}

// ---- lock -------------------------------------------------------------------------------------

RtLockObject *
rt_lock_new(void)
{
    RtLockObject *self = (RtLockObject *)PyType_GenericAlloc(&rt_lock_type, 0);
    if (self == NULL)
        return NULL;
    sem_init(&self->sem, 0, 1);
    return self;
}

void
rt_lock_release_raw(RtLockObject *lock)
{
    lock->locked = 0;
    sem_post(&lock->sem);
}

static void
lock_dealloc(PyObject *o)
{
    RtLockObject *self = (RtLockObject *)o;
    if (self->weakreflist != NULL)
        PyObject_ClearWeakRefs(o);
    sem_destroy(&self->sem);
    Py_TYPE(o)->tp_free(o);
}

static PyObject *
lock_acquire(PyObject *o, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    RtLockObject *self = (RtLockObject *)o;
    int64_t timeout;
    if (rt_thread_acquire_args("acquire", args, nargs, kwnames, &timeout) < 0)
        return NULL;
    int r = rt_thread_sem_wait(&self->sem, timeout);
    if (r < 0)
        return NULL;
    if (r)
        self->locked = 1;
    return PyBool_FromLong(r);
}

static PyObject *
lock_enter(PyObject *o, PyObject *unused)
{
    (void)unused;
    return lock_acquire(o, NULL, 0, NULL);
}

static PyObject *
lock_release(PyObject *o, PyObject *unused)
{
    (void)unused;
    RtLockObject *self = (RtLockObject *)o;
    if (!self->locked) {
        PyErr_SetString(PyExc_RuntimeError, "release unlocked lock");
        return NULL;
    }
    rt_lock_release_raw(self);
    Py_RETURN_NONE;
}

static PyObject *
lock_exit(PyObject *o, PyObject *const *args, Py_ssize_t nargs)
{
    (void)args, (void)nargs;
    return lock_release(o, NULL);
}

static PyObject *
lock_locked(PyObject *o, PyObject *unused)
{
    (void)unused;
    return PyBool_FromLong(((RtLockObject *)o)->locked);
}

static PyObject *
lock_repr(PyObject *o)
{
    return PyUnicode_FromFormat("<%s %s object at %p>",
                                ((RtLockObject *)o)->locked ? "locked" : "unlocked",
                                Py_TYPE(o)->tp_name, o);
}

#define FASTCALL_KW(f) (PyCFunction)(void (*)(void))(f), METH_FASTCALL | METH_KEYWORDS
#define FASTCALL(f) (PyCFunction)(void (*)(void))(f), METH_FASTCALL

static PyMethodDef lock_methods[] = {
    {"acquire", FASTCALL_KW(lock_acquire), "Lock the lock."},
    {"acquire_lock", FASTCALL_KW(lock_acquire), "An obsolete synonym of acquire()."},
    {"release", lock_release, METH_NOARGS, "Release the lock."},
    {"release_lock", lock_release, METH_NOARGS, "An obsolete synonym of release()."},
    {"locked", lock_locked, METH_NOARGS, "Tell whether the lock is locked."},
    {"locked_lock", lock_locked, METH_NOARGS, "An obsolete synonym of locked()."},
    {"__enter__", lock_enter, METH_NOARGS, "Lock the lock."},
    {"__exit__", FASTCALL(lock_exit), "Release the lock."},
    {NULL, NULL, 0, NULL},
};

PyTypeObject rt_lock_type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "_thread.lock",
    .tp_basicsize = sizeof(RtLockObject),
    .tp_dealloc = lock_dealloc,
    .tp_repr = lock_repr,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "A lock object is a synchronization primitive.",
    .tp_weaklistoffset = offsetof(RtLockObject, weakreflist),
    .tp_methods = lock_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_free = PyObject_Free,
};

// ---- RLock ------------------------------------------------------------------------------------

typedef struct {
    PyObject_HEAD
    sem_t sem;
    unsigned long owner; // get_ident() of the holder, 0 when free
    unsigned long count; // acquisitions by the owner not yet released
    PyObject *weakreflist;
} RLockObject;

static PyObject *
rlock_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    (void)args, (void)kwds;
    RLockObject *self = (RLockObject *)type->tp_alloc(type, 0);
    if (self != NULL)
        sem_init(&self->sem, 0, 1);
    return (PyObject *)self;
}

static void
rlock_dealloc(PyObject *o)
{
    RLockObject *self = (RLockObject *)o;
    if (self->weakreflist != NULL)
        PyObject_ClearWeakRefs(o);
    sem_destroy(&self->sem);
    Py_TYPE(o)->tp_free(o);
}

static PyObject *
rlock_acquire(PyObject *o, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    RLockObject *self = (RLockObject *)o;
    int64_t timeout;
    if (rt_thread_acquire_args("acquire", args, nargs, kwnames, &timeout) < 0)
        return NULL;
    unsigned long me = rt_thread_ident();
    if (self->count > 0 && self->owner == me) {
        if (self->count == ULONG_MAX) {
            PyErr_SetString(PyExc_OverflowError, "Internal lock count overflowed");
            return NULL;
        }
        self->count++;
        Py_RETURN_TRUE;
    }
    int r = rt_thread_sem_wait(&self->sem, timeout);
    if (r < 0)
        return NULL;
    if (r) {
        self->owner = me;
        self->count = 1;
    }
    return PyBool_FromLong(r);
}

static PyObject *
rlock_enter(PyObject *o, PyObject *unused)
{
    (void)unused;
    return rlock_acquire(o, NULL, 0, NULL);
}

static PyObject *
rlock_release(PyObject *o, PyObject *unused)
{
    (void)unused;
    RLockObject *self = (RLockObject *)o;
    if (self->count == 0 || self->owner != rt_thread_ident()) {
        PyErr_SetString(PyExc_RuntimeError, "cannot release un-acquired lock");
        return NULL;
    }
    if (--self->count == 0) {
        self->owner = 0;
        sem_post(&self->sem);
    }
    Py_RETURN_NONE;
}

static PyObject *
rlock_exit(PyObject *o, PyObject *const *args, Py_ssize_t nargs)
{
    (void)args, (void)nargs;
    return rlock_release(o, NULL);
}

// Condition.wait's helpers: release completely, returning (count, owner) ...
static PyObject *
rlock_release_save(PyObject *o, PyObject *unused)
{
    (void)unused;
    RLockObject *self = (RLockObject *)o;
    if (self->count == 0) {
        PyErr_SetString(PyExc_RuntimeError, "cannot release un-acquired lock");
        return NULL;
    }
    PyObject *count = PyLong_FromUnsignedLong(self->count);
    PyObject *owner = PyLong_FromUnsignedLong(self->owner);
    PyObject *r = count && owner ? PyTuple_Pack(2, count, owner) : NULL;
    Py_XDECREF(count);
    Py_XDECREF(owner);
    if (r == NULL)
        return NULL;
    self->count = 0;
    self->owner = 0;
    sem_post(&self->sem);
    return r;
}

// ... and take the lock back with that state.
static PyObject *
rlock_acquire_restore(PyObject *o, PyObject *state)
{
    RLockObject *self = (RLockObject *)o;
    if (!PyTuple_Check(state) || PyTuple_GET_SIZE(state) != 2) {
        PyErr_SetString(PyExc_TypeError, "_acquire_restore() argument must be a 2-tuple");
        return NULL;
    }
    unsigned long count = PyLong_AsUnsignedLong(PyTuple_GET_ITEM(state, 0));
    unsigned long owner = PyLong_AsUnsignedLong(PyTuple_GET_ITEM(state, 1));
    if (PyErr_Occurred())
        return NULL;
    if (rt_thread_sem_wait(&self->sem, -1) < 0)
        return NULL;
    self->owner = owner;
    self->count = count;
    Py_RETURN_NONE;
}

static PyObject *
rlock_is_owned(PyObject *o, PyObject *unused)
{
    (void)unused;
    RLockObject *self = (RLockObject *)o;
    return PyBool_FromLong(self->count > 0 && self->owner == rt_thread_ident());
}

static PyObject *
rlock_repr(PyObject *o)
{
    RLockObject *self = (RLockObject *)o;
    return PyUnicode_FromFormat("<%s %s object owner=%lu count=%lu at %p>",
                                self->count ? "locked" : "unlocked", Py_TYPE(o)->tp_name,
                                self->owner, self->count, o);
}

static PyMethodDef rlock_methods[] = {
    {"acquire", FASTCALL_KW(rlock_acquire), "Lock the lock."},
    {"release", rlock_release, METH_NOARGS, "Release the lock."},
    {"_is_owned", rlock_is_owned, METH_NOARGS, "For internal use by `threading.Condition`."},
    {"_release_save", rlock_release_save, METH_NOARGS,
     "For internal use by `threading.Condition`."},
    {"_acquire_restore", rlock_acquire_restore, METH_O,
     "For internal use by `threading.Condition`."},
    {"__enter__", rlock_enter, METH_NOARGS, "Lock the lock."},
    {"__exit__", FASTCALL(rlock_exit), "Release the lock."},
    {NULL, NULL, 0, NULL},
};

PyTypeObject rt_rlock_type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "_thread.RLock",
    .tp_basicsize = sizeof(RLockObject),
    .tp_dealloc = rlock_dealloc,
    .tp_repr = rlock_repr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_weaklistoffset = offsetof(RLockObject, weakreflist),
    .tp_methods = rlock_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = rlock_new,
    .tp_free = PyObject_Free,
};
