// background.c: the compile thread. The interpreter translates a hot code object to IR under
// the GIL (policy.c) and queues the unit here; this thread optimizes and links it without the
// GIL and installs its entry, while the interpreter keeps running the code object and enters
// the native code at its next call or loop back-edge. Everything LLVM does after translation
// happens on this one thread, freeing too: a released unit is handed back here, so a code
// object that dies while its unit is queued or compiling never sees its code installed, and
// no resource tracker is removed while another unit links.
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include "jit/jit.h"

// The queue and every unit's state and released flag are guarded by `lock`.
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t wake = PTHREAD_COND_INITIALIZER;
static JitUnit *head, *tail; // units to compile, and released units to free
static int stopping;
static int running;
static pthread_t thread;

static void
push(JitUnit *unit)
{
    unit->queue_next = NULL;
    if (tail != NULL)
        tail->queue_next = unit;
    else
        head = unit;
    tail = unit;
    pthread_cond_signal(&wake);
}

static JitUnit *
pop(void)
{
    JitUnit *unit = head;
    head = unit->queue_next;
    if (head == NULL)
        tail = NULL;
    return unit;
}

// Compile one unit unless it was released meanwhile; free it if it is released by the end.
static void
serve(JitUnit *unit)
{
    if (!unit->released) {
        unit->state = JIT_UNIT_COMPILING;
        pthread_mutex_unlock(&lock);
        jit_unit_link(unit);
        pthread_mutex_lock(&lock);
        unit->state = JIT_UNIT_DONE;
    }
    if (unit->released) {
        pthread_mutex_unlock(&lock);
        jit_unit_free(unit);
        pthread_mutex_lock(&lock);
    }
}

static void *
compile_thread(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&lock);
    for (;;) {
        while (head == NULL && !stopping)
            pthread_cond_wait(&wake, &lock);
        if (stopping)
            break;
        serve(pop());
    }
    pthread_mutex_unlock(&lock);
    return NULL;
}

int
jit_background_start(void)
{
    // Signals go to the interpreter's threads: block them all in the compile thread.
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    int err = pthread_create(&thread, NULL, compile_thread, NULL);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (err != 0) {
        fprintf(stderr, "krait: jit: cannot start the compile thread: %s\n", strerror(err));
        return -1;
    }
    running = 1;
    return 0;
}

void
jit_background_submit(JitUnit *unit)
{
    pthread_mutex_lock(&lock);
    unit->state = JIT_UNIT_QUEUED;
    push(unit);
    pthread_mutex_unlock(&lock);
}

void
jit_background_release(JitUnit *unit)
{
    pthread_mutex_lock(&lock);
    unit->released = 1;
    unit->co = NULL;
    // A queued unit is freed when the thread reaches it, a compiling one when it is done;
    // a done one goes back to the thread so that its tracker is removed there.
    if (unit->state == JIT_UNIT_DONE)
        push(unit);
    pthread_mutex_unlock(&lock);
}

int
jit_background_busy(JitUnit *unit)
{
    pthread_mutex_lock(&lock);
    int busy = unit->state != JIT_UNIT_DONE;
    pthread_mutex_unlock(&lock);
    return busy;
}

long
jit_background_stop(void)
{
    if (!running)
        return 0;
    pthread_mutex_lock(&lock);
    stopping = 1;
    pthread_cond_signal(&wake);
    pthread_mutex_unlock(&lock);
    pthread_join(thread, NULL);
    running = 0;
    long cancelled = 0;
    while (head != NULL) {
        JitUnit *unit = pop();
        if (unit->released) {
            cancelled += unit->state == JIT_UNIT_QUEUED;
            jit_unit_free(unit);
        } else {
            cancelled++; // still live: fini frees it, pending module and all
        }
    }
    return cancelled;
}
