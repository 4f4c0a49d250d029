// profile.h: what the interpreter has learned about a code object, read-only, for the JIT
// tier. Two sources: the code object's counters (calls, loop back-edges; eval.c counts them
// at RESUME and JUMP_BACKWARD), and the inline caches of its instructions, which the
// specializing interpreter (specialize.h) fills as it quickens them. A specialized instruction
// is type feedback: which form it took, which type / dict-keys / function version its guards
// check, and so which operand kinds it has seen. Implemented in profile.c.
//
// Reading is safe at any time under the GIL; the answers describe the moment of the call
// (a later miss may turn a site back into its generic family). Whatever a site guards, a
// compiled guard must re-check: versions say "as of specialization", not "forever".
#ifndef KRAIT_VM_PROFILE_H
#define KRAIT_VM_PROFILE_H

#include <stdint.h>
#include "runtime/runtime.h"
#include "runtime/objects/code.h"

// Times co started (RESUME 0: calls, generator starts and module runs).
static inline uint32_t
vm_profile_calls(PyCodeObject *co)
{
    return co->co_calls;
}

// Loop back-edges co has taken (JUMP_BACKWARD; a while loop's backward jump when it is fused
// into a COMPARE_OP_*_JUMP).
static inline uint32_t
vm_profile_backedges(PyCodeObject *co)
{
    return co->co_backedges;
}

// The kind of an operand a specialized site has seen.
typedef enum {
    VM_KIND_UNKNOWN,  // not specialized, or not a thing this site records
    VM_KIND_INT,      // exact int that fits a machine word
    VM_KIND_FLOAT,    // exact float
    VM_KIND_STR,      // exact str
    VM_KIND_LIST,     // exact list
    VM_KIND_TUPLE,    // exact tuple
    VM_KIND_DICT,     // exact dict
    VM_KIND_INSTANCE, // instance of the class whose version tag is type_version
    VM_KIND_MODULE,   // exact module (keys_version: its dict's keys)
    VM_KIND_CLASS,    // a class (type_version: its own version tag)
    VM_KIND_FUNCTION, // Python function (func_version)
} VmOperandKind;

// What one instruction's inline cache holds.
typedef struct {
    int offset;      // code-unit index of the instruction (as frame lasti)
    int family;      // its generic opcode (LOAD_ATTR ...)
    int opcode;      // what it is now: the family, or a specialized form (opcodes.def SPEC)
    int backoff;     // failed or undone specializations so far (the backoff exponent)
    uint32_t type_version;          // the type version tag its guard checks, or 0
    uint32_t keys_version;          // dict keys version: globals, module or shared keys; or 0
    uint32_t builtins_keys_version; // LOAD_GLOBAL_BUILTIN: the builtins' keys version, or 0
    uint32_t func_version;          // CALL_PY_*: the callee's function version, or 0
    int index;       // dict entry number, slot offset (bytes), minimum positional args; or -1
    PyObject *descr; // LOAD_METHOD_*, LOAD_ATTR_CLASS / _PROPERTY: the attribute found on the
                     // class (borrowed; valid only while type_version still matches), or NULL
    VmOperandKind owner;    // attribute sites: what the attribute was loaded from
    VmOperandKind lhs, rhs; // operators, comparisons, subscripts (container, key), unpacking
} VmSiteProfile;

// Fill *out for the instruction starting at code unit `offset` of co: 1 when it is an
// instruction that specializes (one with inline caches, or FOR_ITER), whether or not it has
// yet; 0 otherwise (*out then untouched).
int vm_profile_site(PyCodeObject *co, int offset, VmSiteProfile *out);

// Call visit(co, site, arg) for every instruction of co that specializes, in order;
// stops at and returns the first non-zero result, else 0.
int vm_profile_each_site(PyCodeObject *co, int (*visit)(PyCodeObject *, const VmSiteProfile *,
                                                        void *),
                         void *arg);

#endif
