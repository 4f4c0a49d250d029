// dump.c: --dump-ir and --dump-asm, printed to stderr so that a program's own output stays
// comparable with CPython's.
#include <stdio.h>
#include "jit/jit.h"

void
jit_dump_module(const char *title, LLVMModuleRef mod)
{
    char *text = LLVMPrintModuleToString(mod);
    size_t len;
    fprintf(stderr, ";; ---- %s: %s ----\n%s", title, LLVMGetModuleIdentifier(mod, &len), text);
    LLVMDisposeMessage(text);
}

void
jit_dump_asm(LLVMTargetMachineRef tm, LLVMModuleRef mod)
{
    // Code generation rewrites the module it runs on: print from a copy.
    LLVMModuleRef copy = LLVMCloneModule(mod);
    LLVMMemoryBufferRef buf = NULL;
    char *err = NULL;
    size_t len;
    if (LLVMTargetMachineEmitToMemoryBuffer(tm, copy, LLVMAssemblyFile, &err, &buf) != 0) {
        fprintf(stderr, "krait: jit: --dump-asm: %s\n", err);
        LLVMDisposeMessage(err);
    } else {
        fprintf(stderr, ";; ---- machine code: %s ----\n%.*s", LLVMGetModuleIdentifier(mod, &len),
                (int)LLVMGetBufferSize(buf), LLVMGetBufferStart(buf));
        LLVMDisposeMemoryBuffer(buf);
    }
    LLVMDisposeModule(copy);
}
