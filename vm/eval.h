// eval.h: the interpreter loop's entry (eval.c), for the VM's own files. Other layers use
// the entry points in vm.h.
#ifndef KRAIT_VM_EVAL_H
#define KRAIT_VM_EVAL_H

#include "vm/frame.h"

// Run `frame` (freshly pushed, arguments bound) until it returns, together with every
// Python frame it calls (they run in the same C loop). The frame is linked to the thread's
// current frame on entry and popped on exit, whatever happens. Returns the frame's return
// value (new reference), or NULL with the exception set.
PyObject *vm_eval_frame(VmThreadState *vs, Frame *frame);

// Run `frame` as vm_eval_frame does, but when throwflag is set start by raising the pending
// exception at its current instruction (generator.throw()). A generator's frame (owner
// FRAME_OWNED_BY_GENERATOR) is neither cleared nor popped on exit: YIELD_VALUE returns from
// this call leaving it suspended, and its generator clears it once it has finished.
PyObject *vm_eval_frame_ex(VmThreadState *vs, Frame *frame, int throwflag);

// The eval breaker: non-zero when the loop must stop at the next back-edge or RESUME to
// run vm_handle_eval_breaker (signals, pending calls, GIL drop requests).
extern volatile int vm_eval_breaker;

// Serve what the eval breaker asked for (runtime/gil.c's rt_eval_breaker_serve: hand the
// GIL over, run signal handlers): 0, or -1 with an exception (KeyboardInterrupt).
int vm_handle_eval_breaker(void);

#endif
