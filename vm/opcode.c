// opcode.c: the printable side of the opcode table (names and meanings, indexed by opcode,
// specialized forms included), expanded from opcodes.def. Numbers, caches and stack effects
// are in opcode.h.
#include <stddef.h>
#include "vm/opcode.h"

static const char *const opcode_names[256] = {
#define OP(name, num, effect, jump_effect, caches, operand, doc) [num] = #name,
#define SPEC(name, num, family, doc) [num] = #name,
#include "vm/opcodes.def"
#undef SPEC
#undef OP
};

static const char *const opcode_meanings[256] = {
#define OP(name, num, effect, jump_effect, caches, operand, doc) [num] = doc,
#define SPEC(name, num, family, doc) [num] = doc,
#include "vm/opcodes.def"
#undef SPEC
#undef OP
};

const char *
vm_opcode_name(int op)
{
    return op >= 0 && op < 256 ? opcode_names[op] : NULL;
}

const char *
vm_opcode_meaning(int op)
{
    return op >= 0 && op < 256 ? opcode_meanings[op] : NULL;
}
