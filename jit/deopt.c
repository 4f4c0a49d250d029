// deopt.c: exits from native code to the interpreter. At this stage an exit happens where
// native code hands an instruction to the interpreter (raises, except*, generator
// instructions); guards that fail will exit the same way, counted here by reason and site.
#include <stdio.h>
#include "jit/jit.h"
#include "vm/opcode.h"

static long exits_by_opcode[256];

void
jit_note_exit(void *unit, int index)
{
    PyCodeObject *co = ((JitUnit *)unit)->co;
    exits_by_opcode[rt_code_unit_op(co->co_code[index])]++;
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
}
