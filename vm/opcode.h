// opcode.h: the bytecode instructions expanded from opcodes.def (the only list of them): the
// opcode enum, inline-cache sizes, stack effects and operand kinds. Everything here is
// header-only data so that the frontend compiler can use it without linking the VM; the
// printable names and meanings live in opcode.c (dis, debugging).
#ifndef KRAIT_VM_OPCODE_H
#define KRAIT_VM_OPCODE_H

typedef enum {
#define OP(name, num, effect, jump_effect, caches, operand, doc) OP_##name = num,
#include "vm/opcodes.def"
#undef OP
} Opcode;

// The specialized forms (the SPEC section of opcodes.def), kept out of Opcode so that a switch
// over the generic instructions stays complete without them: whoever reads quickened code maps
// an opcode to its family with vm_opcode_deopt first.
typedef enum {
#define OP(name, num, effect, jump_effect, caches, operand, doc)
#define SPEC(name, num, family, doc) OP_##name = num,
#include "vm/opcodes.def"
#undef SPEC
#undef OP
} SpecializedOpcode;

// The family of a specialized form (BINARY_OP for BINARY_OP_ADD_INT); any other opcode itself.
static inline int
vm_opcode_deopt(int op)
{
    switch (op) {
#define OP(name, num, effect, jump_effect, caches, operand, doc)
#define SPEC(name, num, family, doc)                                                               \
    case num:                                                                                      \
        return OP_##family;
#include "vm/opcodes.def"
#undef SPEC
#undef OP
    default:
        return op;
    }
}

// True if op is a specialized form (a SPEC line of opcodes.def).
static inline int
vm_opcode_is_specialized(int op)
{
    return vm_opcode_deopt(op) != op;
}

// Opcodes below this take no argument (their arg byte is ignored), as CPython's HAVE_ARGUMENT.
#define VM_HAVE_ARGUMENT 90

// How an instruction's argument is read (the operand column of opcodes.def).
typedef enum {
    OPND_NONE,    // no argument
    OPND_CONST,   // co_consts[arg]
    OPND_NAME,    // co_names[arg]
    OPND_GLOBAL,  // co_names[arg >> 1]; the low bit pushes NULL first
    OPND_LOCAL,   // localsplus[arg]
    OPND_JFWD,    // jump forward by arg code units (after the instruction and its caches)
    OPND_JBACK,   // jump backward by arg code units
    OPND_COMPARE, // cmp_op[arg]
    OPND_BINOP,   // binary operator number (NB_ADD ... NB_INPLACE_XOR)
    OPND_INT,     // a plain number
    OPND_FORMAT,  // FORMAT_VALUE's conversion and format-spec bit
} OperandKind;

// True if op is an opcode listed in opcodes.def.
static inline int
vm_opcode_is_valid(int op)
{
    switch (op) {
#define OP(name, num, effect, jump_effect, caches, operand, doc) case num:
#include "vm/opcodes.def"
#undef OP
        return 1;
    default:
        return 0;
    }
}

// Number of 16-bit inline cache entries after an instruction of opcode op (0 if unknown); a
// specialized form has its family's.
static inline int
vm_opcode_caches(int op)
{
    switch (vm_opcode_deopt(op)) {
#define OP(name, num, effect, jump_effect, caches, operand, doc)                                   \
    case num:                                                                                      \
        return caches;
#include "vm/opcodes.def"
#undef OP
    default:
        return 0;
    }
}

// Net stack effect of op with argument oparg when it falls through (jump == 0) or when it
// jumps (jump != 0); a specialized form has its family's. 0 for opcodes not in opcodes.def.
static inline int
vm_opcode_stack_effect(int op, int oparg, int jump)
{
    (void)oparg;
    switch (vm_opcode_deopt(op)) {
#define OP(name, num, effect, jump_effect, caches, operand, doc)                                   \
    case num:                                                                                      \
        return jump ? (jump_effect) : (effect);
#include "vm/opcodes.def"
#undef OP
    default:
        return 0;
    }
}

// The operand kind of op, a specialized form's being its family's (OPND_NONE for opcodes not
// in opcodes.def).
static inline OperandKind
vm_opcode_operand(int op)
{
    switch (vm_opcode_deopt(op)) {
#define OP(name, num, effect, jump_effect, caches, operand, doc)                                   \
    case num:                                                                                      \
        return OPND_##operand;
#include "vm/opcodes.def"
#undef OP
    default:
        return OPND_NONE;
    }
}

// True if op is a relative jump (its argument is a distance in code units).
static inline int
vm_opcode_is_jump(int op)
{
    OperandKind k = vm_opcode_operand(op);
    return k == OPND_JFWD || k == OPND_JBACK;
}

// True if op ends its basic block unconditionally (nothing after it runs by fall-through).
static inline int
vm_opcode_is_terminator(int op)
{
    return op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE ||
           op == OP_JUMP_FORWARD || op == OP_JUMP_BACKWARD || op == OP_JUMP_BACKWARD_NO_INTERRUPT;
}

// The opcode's name as dis prints it ("LOAD_CONST"), or NULL for an unknown opcode.
const char *vm_opcode_name(int op);

// The one-line meaning from opcodes.def, or NULL for an unknown opcode.
const char *vm_opcode_meaning(int op);

#endif
