// thread_internal.h: what the halves of the _thread module share: the lock types
// (thread_lock.c) and thread-local objects (thread_local.c), used by threadmodule.c.
#ifndef KRAIT_MODULES_THREAD_INTERNAL_H
#define KRAIT_MODULES_THREAD_INTERNAL_H

#include <semaphore.h>
#include "runtime/runtime.h"

typedef struct {
    PyObject_HEAD
    sem_t sem;            // 1 while unlocked: sem_wait is interrupted by signals (EINTR)
    int locked;           // mirrors sem, read under the GIL
    PyObject *weakreflist;
} RtLockObject;

extern PyTypeObject rt_lock_type;   // _thread.lock (LockType)
extern PyTypeObject rt_rlock_type;  // _thread.RLock
extern PyTypeObject rt_local_type;  // _thread._local

// A new unlocked lock, or NULL with MemoryError.
RtLockObject *rt_lock_new(void);

// Release a held lock from C (a thread's sentinel at exit).
void rt_lock_release_raw(RtLockObject *lock);

// Wait for sem with the GIL released: timeout_us < 0 waits forever. Signal handlers run
// (main thread) when a signal interrupts the wait. 1 acquired, 0 timed out, -1 exception.
int rt_thread_sem_wait(sem_t *sem, int64_t timeout_us);

// Parse (blocking=True, timeout=-1) as Lock.acquire does into microseconds (-1: forever,
// 0: do not block). 0, or -1 with CPython's ValueError/OverflowError.
int rt_thread_acquire_args(const char *fname, PyObject *const *args, Py_ssize_t nargs,
                           PyObject *kwnames, int64_t *timeout_us);

// The calling thread's identifier (_thread.get_ident).
unsigned long rt_thread_ident(void);

// Forget the calling thread's values in every thread-local object (thread exit).
void rt_local_thread_exit(void);

#endif
