// code.h: code objects (code.c): the compiled form of a module, class body, function or
// comprehension, as CPython 3.11 lays it out: 16-bit code units (opcode, arg) followed by
// inline caches, an exception table, a location table, and the names of the "fast" slots
// (locals, cells and free variables, in one array: localsplus).
#ifndef KRAIT_RUNTIME_CODE_H
#define KRAIT_RUNTIME_CODE_H

#include <stdint.h>
#include "runtime/object.h"
#include "runtime/objects/descr.h"

// One code unit: the opcode in the low byte, the argument in the high byte (CPython's
// _Py_CODEUNIT on little-endian machines).
typedef uint16_t PyCodeUnit;

static inline int
rt_code_unit_op(PyCodeUnit u)
{
    return u & 0xFF;
}

static inline int
rt_code_unit_arg(PyCodeUnit u)
{
    return u >> 8;
}

// co_flags, with CPython's values.
#define CO_OPTIMIZED 0x0001
#define CO_NEWLOCALS 0x0002
#define CO_VARARGS 0x0004
#define CO_VARKEYWORDS 0x0008
#define CO_NESTED 0x0010
#define CO_GENERATOR 0x0020
#define CO_NOFREE 0x0040
#define CO_COROUTINE 0x0080
#define CO_ITERABLE_COROUTINE 0x0100
#define CO_ASYNC_GENERATOR 0x0200

// Kinds of the localsplus slots (co_localspluskinds), with CPython's values.
#define CO_FAST_LOCAL 0x20
#define CO_FAST_CELL 0x40
#define CO_FAST_FREE 0x80

typedef struct {
    PyObject_VAR_HEAD            // ob_size: number of code units in co_code
        PyObject *co_consts;     // tuple
    PyObject *co_names;          // tuple of str: attribute, global and imported names
    PyObject *co_exceptiontable; // bytes, CPython 3.11's varint format
    int co_flags;
    int co_argcount, co_posonlyargcount, co_kwonlyargcount;
    int co_stacksize;
    int co_firstlineno;
    int co_nlocalsplus; // locals + cells + free variables
    int co_nlocals, co_ncellvars, co_nfreevars;
    PyObject *co_localsplusnames;                  // tuple of str
    PyObject *co_localspluskinds;                  // bytes of CO_FAST_* flags
    PyObject *co_filename, *co_name, *co_qualname; // str
    PyObject *co_linetable; // bytes: positions of each code unit (see rt_code_location)
    PyObject *co_weakreflist;
    // Profile counters for tiering (the specializing interpreter and the JIT read them).
    uint32_t co_calls;
    uint32_t co_backedges;
    void *co_jit;          // compiled native code owned by the JIT tier, or NULL
    PyCodeUnit co_code[1]; // ob_size units, specialized in place by the interpreter
} PyCodeObject;

extern PyTypeObject PyCode_Type;

// Set by the JIT tier while it runs: frees a dying code object's co_jit (runtime code cannot
// call into the tier, which sits above it).
extern void (*rt_code_jit_release)(void *unit);

#define PyCode_Check(o) Py_IS_TYPE(o, &PyCode_Type)

// The source position of an instruction, as CPython's co_positions() reports it.
typedef struct {
    int line, end_line; // -1 when the instruction has no line (artificial code)
    int col, end_col;   // 0-based UTF-8 byte columns; -1 when unknown
} RtCodeLocation;

// Everything needed to build a code object; the references are borrowed.
typedef struct {
    PyObject *filename, *name, *qualname;
    int flags, argcount, posonlyargcount, kwonlyargcount, stacksize, firstlineno;
    const PyCodeUnit *code;
    Py_ssize_t ncode;                // code units
    PyObject *consts, *names;        // tuples
    PyObject *localsplusnames;       // tuple of str
    PyObject *localspluskinds;       // bytes
    PyObject *exceptiontable;        // bytes
    const RtCodeLocation *locations; // one per code unit
    // Optional (may be NULL): nonzero at the first code unit of each instruction (its
    // EXTENDED_ARG prefix included). With it co_linetable has one entry per instruction, as
    // CPython's (co_lines() yields one range per entry); without it equal neighbours merge.
    const unsigned char *starts;
} RtCodeSpec;

// A new code object from spec (validated: sizes, kinds, tuple types); NULL with an error.
// The locations are encoded into co_linetable. As CPython's code constructor, the name-like
// strings of spec->consts are interned in place (frozensets holding some are rebuilt).
PyCodeObject *rt_code_new(const RtCodeSpec *spec);

// The position of the code unit at index `offset` (in units); line -1 if none.
RtCodeLocation rt_code_location(PyCodeObject *co, int offset);

// The line of the code unit at `offset`, or -1 (tracebacks, f_lineno).
int PyCode_Addr2Line(PyCodeObject *co, int byte_offset);

// Append one exception-table entry [start, end) -> target with stack depth and the
// "push lasti" flag to a growing byte buffer, in CPython 3.11's encoding (all in code
// units). Returns 0 or -1 with MemoryError. *buf is PyMem-allocated and grown as needed.
int rt_code_exctable_append(unsigned char **buf, Py_ssize_t *len, Py_ssize_t *cap, int start,
                            int end, int target, int depth, int lasti);

// Find the handler covering the code unit at `offset`: returns 1 and fills *target,
// *depth, *lasti; 0 if no handler covers it.
int rt_code_exctable_lookup(PyCodeObject *co, int offset, int *target, int *depth, int *lasti);

// ---- additions (code.c) --------------------------------------------------------------------

// The positions of every code unit of co (Py_SIZE(co) entries) decoded into out, in one pass
// (dis and tracebacks of long functions use it instead of rt_code_location per unit).
void rt_code_locations(PyCodeObject *co, RtCodeLocation *out);

// A tuple of the localsplus names whose kind has any bit of `kind` (CO_FAST_LOCAL gives
// co_varnames, CO_FAST_CELL co_cellvars, CO_FAST_FREE co_freevars). New reference or NULL.
PyObject *rt_code_names_of_kind(PyCodeObject *co, int kind);

// CPython's _PyCode_ConstantKey: a key for o that tells apart constants that compare equal
// but must stay distinct in co_consts (0, 0.0, -0.0, False; tuples by their items' keys).
// For tuples and frozensets the key is (items key, o), for bools, bytes, floats and complex
// numbers (type, o[, a tag of negative zeros]); None, Ellipsis, ints, strs and code objects
// are their own key, other objects are keyed by identity. New reference or NULL.
PyObject *rt_code_constant_key(PyObject *o);

// The ranges of the location table as CPython's co_lines() yields them: a new list of
// (start, end, line) tuples, byte offsets, line None where an instruction has none.
PyObject *rt_code_lines(PyCodeObject *co);

// Write co's code units as the compiler made them into out (Py_SIZE(co) units): the
// interpreter's specialized opcodes back to their families, inline caches zeroed (code_attrs.c).
void rt_code_unquickened(PyCodeObject *co, PyCodeUnit *out);

// The attribute tables of the code type (code_attrs.c): co_argcount ... co_qualname,
// co_varnames/co_cellvars/co_freevars/co_code, and the co_lines()/co_positions() methods.
extern PyMethodDef rt_code_methods[];
extern PyMemberDef rt_code_members[];
extern PyGetSetDef rt_code_getsets[];

// Decode one exception-table entry starting at *p (not past end): returns 1 and fills the
// fields (all in code units) and advances *p, or 0 at the end of the table.
int rt_code_exctable_next(const unsigned char **p, const unsigned char *end, int *start, int *stop,
                          int *target, int *depth, int *lasti);

#endif
