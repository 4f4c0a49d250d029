// gil.c: the global interpreter lock: one mutex and condition variable, a switch interval
// after which a waiting thread asks the holder to drop it (through the eval breaker), and a
// forced hand-off so the dropping thread cannot take it straight back (CPython's
// FORCE_SWITCHING). Also the eval breaker's service routine. Thread states are state.c's.
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <time.h>
#include "runtime/gil.h"

static struct {
    pthread_mutex_t mutex;
    pthread_cond_t cond;           // signalled when the lock is released
    pthread_mutex_t switch_mutex;  // with switch_cond: the dropper waits for the hand-off
    pthread_cond_t switch_cond;    // broadcast when a thread has taken the lock
    int locked;                    // guarded by mutex
    atomic_ulong switch_number;    // times the lock changed hands
    atomic_int drop_request;       // a waiter has timed out: the holder must drop it
    atomic_int created;
    atomic_int finalizing;         // shut-down began: only `finalizer` may take the lock
    RtThreadState *finalizer;
    atomic_long interval_us;
} gil = {
    .mutex = PTHREAD_MUTEX_INITIALIZER,
    .switch_mutex = PTHREAD_MUTEX_INITIALIZER,
    .interval_us = 5000,
};

static volatile int *eval_breaker;
static _Thread_local int holds_gil; // for PyGILState_Ensure
static int (*signal_runner)(void);
volatile sig_atomic_t rt_signals_pending;

void
rt_gil_bind_breaker(volatile int *breaker)
{
    eval_breaker = breaker;
}

// Ask the running thread to stop at its next eval-breaker check.
static void
poke_breaker(void)
{
    if (eval_breaker != NULL)
        *eval_breaker = 1;
}

void
rt_signals_trip(void)
{
    rt_signals_pending = 1;
    poke_breaker();
}

void
rt_gil_set_signal_runner(int (*run)(void))
{
    signal_runner = run;
}

// A condition variable timed on CLOCK_MONOTONIC, so wall-clock changes do not stretch waits.
static void
init_monotonic_cond(pthread_cond_t *cond)
{
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(cond, &attr);
    pthread_condattr_destroy(&attr);
}

void
rt_gil_create(void)
{
    if (atomic_load(&gil.created))
        return;
    init_monotonic_cond(&gil.cond);
    init_monotonic_cond(&gil.switch_cond);
    gil.locked = 1; // by the creating thread, which is running Python code
    holds_gil = 1;
    atomic_store(&gil.created, 1);
}

int
rt_gil_created(void)
{
    return atomic_load(&gil.created);
}

// `now` plus `us` microseconds.
static struct timespec
deadline_after(long us)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    t.tv_sec += us / 1000000;
    t.tv_nsec += (us % 1000000) * 1000;
    if (t.tv_nsec >= 1000000000) {
        t.tv_sec++;
        t.tv_nsec -= 1000000000;
    }
    return t;
}

// Shut-down has begun and the caller is not the finalizing thread: never come back, so a
// daemon thread cannot touch state that finalization frees. Called with gil.mutex held.
static _Noreturn void
park_forever(void)
{
    pthread_mutex_unlock(&gil.mutex);
    pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    pthread_cond_t c = PTHREAD_COND_INITIALIZER;
    pthread_mutex_lock(&m);
    for (;;)
        pthread_cond_wait(&c, &m);
}

static void
take_gil(RtThreadState *ts)
{
    int saved_errno = errno; // a blocking call's errno must survive the hand-over
    pthread_mutex_lock(&gil.mutex);
    while (gil.locked) {
        if (atomic_load(&gil.finalizing) && ts != gil.finalizer)
            park_forever();
        unsigned long seen = atomic_load(&gil.switch_number);
        long interval = atomic_load(&gil.interval_us);
        struct timespec until = deadline_after(interval > 0 ? interval : 1);
        int r = pthread_cond_timedwait(&gil.cond, &gil.mutex, &until);
        // A whole interval passed and the same holder still runs: ask it to drop the lock.
        if (r == ETIMEDOUT && gil.locked && atomic_load(&gil.switch_number) == seen) {
            atomic_store(&gil.drop_request, 1);
            poke_breaker();
        }
    }
    if (atomic_load(&gil.finalizing) && ts != gil.finalizer)
        park_forever();
    gil.locked = 1;
    holds_gil = 1;
    int requested = atomic_exchange(&gil.drop_request, 0);
    atomic_fetch_add(&gil.switch_number, 1);
    pthread_mutex_unlock(&gil.mutex);
    // A holder that dropped the lock on request waits to see it taken: release it. (Only a
    // request makes a holder wait, and the first thread to take the lock after such a drop
    // always sees the request still set.)
    if (requested) {
        pthread_mutex_lock(&gil.switch_mutex);
        pthread_cond_broadcast(&gil.switch_cond);
        pthread_mutex_unlock(&gil.switch_mutex);
    }
    // Signals that arrived while this thread waited are the main thread's to run.
    if (rt_signals_pending && rt_state_is_main(ts))
        poke_breaker();
    errno = saved_errno;
}

// Release the lock; with force set, wait until another thread has taken it.
static void
drop_gil(int force)
{
    pthread_mutex_lock(&gil.mutex);
    if (!gil.locked)
        Py_FatalError("drop_gil: the GIL is not locked");
    unsigned long seen = atomic_load(&gil.switch_number);
    gil.locked = 0;
    holds_gil = 0;
    pthread_cond_signal(&gil.cond);
    pthread_mutex_unlock(&gil.mutex);
    if (!force)
        return;
    pthread_mutex_lock(&gil.switch_mutex);
    while (atomic_load(&gil.switch_number) == seen)
        pthread_cond_wait(&gil.switch_cond, &gil.switch_mutex);
    pthread_mutex_unlock(&gil.switch_mutex);
}

RtThreadState *
PyEval_SaveThread(void)
{
    RtThreadState *ts = rt_tstate();
    if (atomic_load(&gil.created))
        drop_gil(0);
    return ts;
}

void
PyEval_RestoreThread(RtThreadState *ts)
{
    // Only one thread exists until the GIL is created, and it is the one returning here.
    if (atomic_load(&gil.created))
        take_gil(ts);
}

void
rt_gil_acquire(void)
{
    take_gil(rt_tstate());
}

void
rt_gil_release(void)
{
    drop_gil(0);
}

// A thread Krait did not start gets a state at its first PyGILState_Ensure, deleted when
// its outermost Ensure is released.
static _Thread_local int gilstate_depth;
static _Thread_local int gilstate_owns_state;

PyGILState_STATE
PyGILState_Ensure(void)
{
    if (!rt_state_is_bound()) {
        // Without the lock nothing would keep this thread and the main one apart.
        if (!atomic_load(&gil.created))
            Py_FatalError("PyGILState_Ensure: a foreign thread called in before the GIL "
                          "existed (rt_gil_create must run on the main thread first)");
        if (rt_state_bind(rt_state_new()) < 0)
            Py_FatalError("PyGILState_Ensure: cannot create a thread state");
        gilstate_owns_state = 1;
    }
    gilstate_depth++;
    if (holds_gil || !atomic_load(&gil.created))
        return PyGILState_LOCKED;
    take_gil(rt_tstate());
    return PyGILState_UNLOCKED;
}

void
PyGILState_Release(PyGILState_STATE state)
{
    if (--gilstate_depth == 0 && gilstate_owns_state) {
        gilstate_owns_state = 0;
        rt_state_delete(rt_tstate()); // with the GIL still held: it releases references
    }
    if (state == PyGILState_UNLOCKED)
        drop_gil(0);
}

double
rt_gil_get_switch_interval(void)
{
    return (double)atomic_load(&gil.interval_us) / 1e6;
}

void
rt_gil_set_switch_interval(double seconds)
{
    // Microseconds, as CPython keeps it (so 1e-9 reads back as 0.0); an interval too large
    // for that reads back as 0.0 too, as CPython's conversion gives on x86-64.
    double us = seconds * 1e6;
    atomic_store(&gil.interval_us, us < 9.2e18 ? (long)us : 0);
}

void
rt_gil_begin_finalization(void)
{
    gil.finalizer = rt_tstate();
    atomic_store(&gil.finalizing, 1);
}

int
rt_eval_breaker_serve(void)
{
    // During shut-down the waiters are parked threads that will never take the lock: a
    // forced hand-off to them would wait forever.
    if (atomic_load(&gil.drop_request) && !atomic_load(&gil.finalizing)) {
        RtThreadState *ts = rt_tstate();
        drop_gil(1);
        take_gil(ts);
    }
    if (rt_signals_pending && signal_runner != NULL && rt_state_is_main(rt_tstate()))
        return signal_runner();
    return 0;
}
