// deopt.c: where native code leaves its fast path. Two kinds are counted for --jit-stats:
// exits, where native code hands the frame to the interpreter (raises, except*, generator
// instructions, calls the interpreter should make), and failed guards, where a native fast
// path's type or overflow check fails and the instruction's generic path runs instead.
#include <stdio.h>
#include "jit/jit.h"
#include "vm/opcode.h"

static long exits_by_opcode[256];
static long guards_failed[JIT_GUARD_COUNT][256]; // by reason, then by opcode

static const char *const guard_names[JIT_GUARD_COUNT] = {
    [JIT_GUARD_TYPES] = "operand types",
    [JIT_GUARD_INT_OVERFLOW] = "int overflow",
};

static int
opcode_at(void *unit, int index)
{
    return vm_opcode_deopt(rt_code_unit_op(((JitUnit *)unit)->co->co_code[index]));
}

void
jit_note_exit(void *unit, int index)
{
    exits_by_opcode[opcode_at(unit, index)]++;
}

void
jit_note_guard(void *unit, int index, int guard)
{
    guards_failed[guard][opcode_at(unit, index)]++;
}

void
jit_print_exits(void)
{
    long total = 0;
    for (int op = 0; op < 256; op++)
        total += exits_by_opcode[op];
    fprintf(stderr, "jit: exits to the interpreter: %ld\n", total);
    for (int op = 0; op < 256; op++)
        if (exits_by_opcode[op] > 0)
            fprintf(stderr, "jit:   at %s: %ld\n", vm_opcode_name(op), exits_by_opcode[op]);
    for (int g = 0; g < JIT_GUARD_COUNT; g++)
        for (int op = 0; op < 256; op++)
            if (guards_failed[g][op] > 0)
                fprintf(stderr, "jit: failed guards (%s) at %s: %ld\n", guard_names[g],
                        vm_opcode_name(op), guards_failed[g][op]);
}
