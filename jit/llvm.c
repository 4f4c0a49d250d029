// llvm.c: the tier's LLVM machinery: one ORC LLJIT instance whose main JITDylib holds the
// helpers (helpers.def) as absolute symbols, the new pass manager's default<O2> pipeline,
// one resource tracker per compiled unit so its machine code can be freed, and the object
// transform that measures the machine code produced. Small units get default<O2>, large ones
// a cheaper pipeline (pipeline_for). Under -X jit-gdb the objects are linked by RuntimeDyld
// instead of JITLink, because its GDB registration listener is what the C API offers.
#include <stdio.h>
#include <string.h>
#include <llvm-c/Analysis.h>
#include <llvm-c/Error.h>
#include <llvm-c/ExecutionEngine.h>
#include <llvm-c/LLJIT.h>
#include <llvm-c/Object.h>
#include <llvm-c/OrcEE.h>
#include <llvm-c/Target.h>
#include <llvm-c/Transforms/PassBuilder.h>
#include "jit/jit.h"

static LLVMOrcLLJITRef lljit;
static LLVMTargetMachineRef target_machine; // the pass pipeline's and --dump-asm's view
static LLVMTargetMachineRef fast_machine;   // the first tier's code generator (no -O)
static size_t last_text_bytes;              // set by measure_object while a unit links

// Print an LLVM error under `what` and consume it: -1.
static int
report(const char *what, LLVMErrorRef err)
{
    char *msg = LLVMGetErrorMessage(err);
    fprintf(stderr, "krait: jit: %s: %s\n", what, msg);
    LLVMDisposeErrorMessage(msg);
    return -1;
}

// The object transform: record the size of the executable sections of each object file
// ORC links (the unit's machine code), leaving the object as it is.
static LLVMErrorRef
measure_object(void *ctx, LLVMMemoryBufferRef *object)
{
    char *err = NULL;
    LLVMBinaryRef bin = LLVMCreateBinary(*object, NULL, &err);
    if (bin == NULL) {
        LLVMDisposeMessage(err);
        return NULL;
    }
    size_t bytes = 0;
    LLVMSectionIteratorRef it = LLVMObjectFileCopySectionIterator(bin);
    for (; !LLVMObjectFileIsSectionIteratorAtEnd(bin, it); LLVMMoveToNextSection(it)) {
        const char *name = LLVMGetSectionName(it);
        // .ltext: the large code model's text sections.
        if (name != NULL && (strncmp(name, ".text", 5) == 0 || strncmp(name, ".ltext", 6) == 0))
            bytes += (size_t)LLVMGetSectionSize(it);
    }
    LLVMDisposeSectionIterator(it);
    LLVMDisposeBinary(bin);
    last_text_bytes += bytes;
    return NULL;
}

// A target machine for the host, for the optimizer's cost model and --dump-asm, and one
// generating code without optimization (fast instruction selection and register allocation)
// for first tiers: most of a unit's compile time is code generation, and a first tier is
// mostly calls into helpers, which optimized code generation cannot speed up.
static int
create_target_machine(void)
{
    char *triple = LLVMGetDefaultTargetTriple(), *err = NULL;
    char *cpu = LLVMGetHostCPUName(), *features = LLVMGetHostCPUFeatures();
    LLVMTargetRef target;
    int r = 0;
    if (LLVMGetTargetFromTriple(triple, &target, &err) != 0) {
        fprintf(stderr, "krait: jit: no LLVM target for %s: %s\n", triple, err);
        LLVMDisposeMessage(err);
        r = -1;
    } else {
        target_machine = LLVMCreateTargetMachine(target, triple, cpu, features,
                                                 LLVMCodeGenLevelDefault, LLVMRelocDefault,
                                                 LLVMCodeModelJITDefault);
        fast_machine = LLVMCreateTargetMachine(target, triple, cpu, features,
                                               LLVMCodeGenLevelNone, LLVMRelocDefault,
                                               LLVMCodeModelJITDefault);
    }
    LLVMDisposeMessage(triple);
    LLVMDisposeMessage(cpu);
    LLVMDisposeMessage(features);
    return r;
}

// Define every helper in the main JITDylib at its address in this process.
static int
define_helpers(void)
{
    LLVMOrcCSymbolMapPair pairs[JIT_HELPER_COUNT];
    for (int h = 0; h < JIT_HELPER_COUNT; h++) {
        pairs[h].Name = LLVMOrcLLJITMangleAndIntern(lljit, jit_helpers[h].symbol);
        pairs[h].Sym.Address = (LLVMOrcExecutorAddress)(uintptr_t)jit_helpers[h].address;
        pairs[h].Sym.Flags.GenericFlags =
            LLVMJITSymbolGenericFlagsExported | LLVMJITSymbolGenericFlagsCallable;
        pairs[h].Sym.Flags.TargetFlags = 0;
    }
    LLVMOrcMaterializationUnitRef mu = LLVMOrcAbsoluteSymbols(pairs, JIT_HELPER_COUNT);
    LLVMErrorRef err = LLVMOrcJITDylibDefine(LLVMOrcLLJITGetMainJITDylib(lljit), mu);
    return err != NULL ? report("defining the helpers", err) : 0;
}

// The object linking layer for -X jit-gdb: RuntimeDyld, telling GDB's JIT interface
// (__jit_debug_register_code) about every object file it loads.
static LLVMOrcObjectLayerRef
create_gdb_layer(void *ctx, LLVMOrcExecutionSessionRef session, const char *triple)
{
    (void)ctx, (void)triple;
    LLVMOrcObjectLayerRef layer =
        LLVMOrcCreateRTDyldObjectLinkingLayerWithSectionMemoryManager(session);
    LLVMOrcRTDyldObjectLinkingLayerRegisterJITEventListener(layer,
                                                           LLVMCreateGDBRegistrationListener());
    return layer;
}

// Initialize the LLVM target of the machine krait was compiled for. Named explicitly, not
// through LLVMInitializeNativeTarget: a cross-built module uses the build machine's LLVM
// headers, whose "native" target is the build machine's.
static int
initialize_target(void)
{
#if defined(__aarch64__)
    LLVMInitializeAArch64TargetInfo();
    LLVMInitializeAArch64Target();
    LLVMInitializeAArch64TargetMC();
    LLVMInitializeAArch64AsmPrinter();
    return 0;
#elif defined(__x86_64__)
    LLVMInitializeX86TargetInfo();
    LLVMInitializeX86Target();
    LLVMInitializeX86TargetMC();
    LLVMInitializeX86AsmPrinter();
    return 0;
#else
    return LLVMInitializeNativeTarget() != 0 || LLVMInitializeNativeAsmPrinter() != 0 ? -1 : 0;
#endif
}

int
jit_llvm_init(void)
{
    if (initialize_target() < 0) {
        fprintf(stderr, "krait: jit: LLVM does not support this machine\n");
        return -1;
    }
    if (create_target_machine() < 0)
        return -1;
    LLVMOrcLLJITBuilderRef builder = LLVMOrcCreateLLJITBuilder();
    if (jit_options.gdb)
        LLVMOrcLLJITBuilderSetObjectLinkingLayerCreator(builder, create_gdb_layer, NULL);
    LLVMErrorRef err = LLVMOrcCreateLLJIT(&lljit, builder);
    if (err != NULL)
        return report("creating LLJIT", err);
    LLVMOrcObjectTransformLayerSetTransform(LLVMOrcLLJITGetObjTransformLayer(lljit),
                                            measure_object, NULL);
    return define_helpers();
}

LLVMOrcThreadSafeContextRef
jit_llvm_new_context(void)
{
    return LLVMOrcCreateNewThreadSafeContext();
}

// Units up to this many code units get default<O2> once they are hot enough for their
// second tier; larger ones keep a cheap hand-picked pipeline, because optimization time grows
// faster than the code (a 473-unit module body took 107 ms at default<O2>) while code that
// big is mostly calls into helpers, which O2 cannot speed up.
#define FULL_PIPELINE_MAX_UNITS 300

int
jit_llvm_tiered(int code_units)
{
    return code_units <= FULL_PIPELINE_MAX_UNITS;
}

// Does unit get optimized code generation (its second tier)?
static int
is_optimized(JitUnit *unit)
{
    return unit->tier >= 2 && jit_llvm_tiered(unit->code_units);
}

// The pass pipeline for unit: the cheap one first (most hot code is only warm: compiling it
// quickly matters more), default<O2> on the second tier. The cheap one promotes the unboxed
// locals' allocas to registers (sroa) and merges repeated loads of frame slots (early-cse):
// both shrink the IR that instruction selection, the costliest step, then works on. No
// fixpoint check: instcombine needing a second iteration is normal, only its verification
// is fatal.
static const char *
pipeline_for(JitUnit *unit)
{
    return is_optimized(unit) ? "default<O2>"
                              : "function(sroa,early-cse,instcombine<no-verify-fixpoint>,"
                                "simplifycfg)";
}

// Verify and optimize mod: 0, or -1 (message printed).
static int
optimize(JitUnit *unit, LLVMModuleRef mod)
{
    char *msg = NULL;
    if (LLVMVerifyModule(mod, LLVMReturnStatusAction, &msg)) {
        fprintf(stderr, "krait: jit: bad IR for %s: %s\n", unit->name, msg);
        LLVMDisposeMessage(msg);
        return -1;
    }
    LLVMDisposeMessage(msg);
    LLVMPassBuilderOptionsRef options = LLVMCreatePassBuilderOptions();
    LLVMErrorRef err = LLVMRunPasses(mod, pipeline_for(unit), target_machine, options);
    LLVMDisposePassBuilderOptions(options);
    return err != NULL ? report("optimizing", err) : 0;
}

// Hand mod to ORC, whose code generator (optimizing) compiles it when it is looked up.
static LLVMErrorRef
add_module(LLVMOrcResourceTrackerRef tracker, LLVMOrcThreadSafeContextRef tsc, LLVMModuleRef mod)
{
    LLVMOrcThreadSafeModuleRef tsm = LLVMOrcCreateNewThreadSafeModule(mod, tsc);
    LLVMOrcDisposeThreadSafeContext(tsc); // the module keeps its context alive
    LLVMErrorRef err = LLVMOrcLLJITAddLLVMIRModuleWithRT(lljit, tracker, tsm);
    if (err != NULL)
        LLVMOrcDisposeThreadSafeModule(tsm);
    return err;
}

// Compile mod to an object file with the fast code generator and hand the object to ORC.
static LLVMErrorRef
add_fast_object(LLVMOrcResourceTrackerRef tracker, LLVMOrcThreadSafeContextRef tsc,
                LLVMModuleRef mod)
{
    char *msg = NULL;
    LLVMMemoryBufferRef object = NULL;
    int failed = LLVMTargetMachineEmitToMemoryBuffer(fast_machine, mod, LLVMObjectFile, &msg,
                                                     &object);
    LLVMDisposeModule(mod);
    LLVMOrcDisposeThreadSafeContext(tsc);
    if (failed) {
        LLVMErrorRef err = LLVMCreateStringError(msg);
        LLVMDisposeMessage(msg);
        return err;
    }
    return LLVMOrcLLJITAddObjectFileWithRT(lljit, tracker, object); // takes the buffer
}

// Free the machine code under *tracker, if any.
static void
remove_tracker(LLVMOrcResourceTrackerRef *tracker)
{
    if (*tracker == NULL)
        return;
    LLVMErrorRef err = LLVMOrcResourceTrackerRemove(*tracker);
    if (err != NULL)
        report("freeing a unit", err);
    LLVMOrcReleaseResourceTracker(*tracker);
    *tracker = NULL;
}

int
jit_llvm_add(JitUnit *unit, LLVMOrcThreadSafeContextRef tsc, LLVMModuleRef mod,
             VmJitEntry *entry)
{
    // The host's layout, for the optimizer and the code generators alike.
    char *triple = LLVMGetTargetMachineTriple(target_machine);
    LLVMSetTarget(mod, triple);
    LLVMDisposeMessage(triple);
    LLVMTargetDataRef layout = LLVMCreateTargetDataLayout(target_machine);
    LLVMSetModuleDataLayout(mod, layout);
    LLVMDisposeTargetData(layout);
    if (jit_options.dump_ir)
        jit_dump_module("IR before optimization", mod);
    if (optimize(unit, mod) < 0) {
        LLVMDisposeModule(mod);
        LLVMOrcDisposeThreadSafeContext(tsc);
        return -1;
    }
    if (jit_options.dump_ir) {
        char title[96];
        snprintf(title, sizeof title, "IR after optimization (%s)", pipeline_for(unit));
        jit_dump_module(title, mod);
    }
    if (jit_options.dump_asm)
        jit_dump_asm(is_optimized(unit) ? target_machine : fast_machine, mod);
    LLVMOrcJITDylibRef dylib = LLVMOrcLLJITGetMainJITDylib(lljit);
    LLVMOrcResourceTrackerRef tracker = LLVMOrcJITDylibCreateResourceTracker(dylib);
    LLVMErrorRef err = is_optimized(unit) ? add_module(tracker, tsc, mod)
                                          : add_fast_object(tracker, tsc, mod);
    if (err != NULL) {
        remove_tracker(&tracker);
        return report("adding a module", err);
    }
    LLVMOrcExecutorAddress address = 0;
    last_text_bytes = 0;
    err = LLVMOrcLLJITLookup(lljit, &address, unit->name);
    if (err != NULL) {
        remove_tracker(&tracker);
        return report("linking", err);
    }
    if (unit->tracker != NULL) // the first tier's code stays: frames may be running it
        unit->tier1 = unit->tracker;
    unit->tracker = tracker;
    *entry = (VmJitEntry)(uintptr_t)address;
    unit->code_bytes = last_text_bytes;
    return 0;
}

void
jit_llvm_remove(JitUnit *unit)
{
    remove_tracker(&unit->tracker);
    remove_tracker(&unit->tier1);
}

void
jit_llvm_fini(void)
{
    if (lljit != NULL) {
        LLVMErrorRef err = LLVMOrcDisposeLLJIT(lljit);
        if (err != NULL)
            report("shutting down", err);
        lljit = NULL;
    }
    if (target_machine != NULL) {
        LLVMDisposeTargetMachine(target_machine);
        target_machine = NULL;
    }
    if (fast_machine != NULL) {
        LLVMDisposeTargetMachine(fast_machine);
        fast_machine = NULL;
    }
    LLVMShutdown();
}
