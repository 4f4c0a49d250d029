// jit_loader.c: turning the JIT tier on. Parses the tier's options, dlopens libkrait-jit.so
// the first time --jit needs it, and runs the tier-up policy at the interpreter's two hooks
// (RESUME and JUMP_BACKWARD in eval.c). No LLVM header is included here: the module's entry
// table (jit_loader.h) is the whole interface.
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "vm/jit_loader.h"

int vm_jit_active;

static int jit_requested;
static int threshold_given;
static VmJitOptions options = {.threshold = 1000};
static const VmJitApi *api;
static int started; // api->init ran
static void *module_handle;

// A non-negative decimal count for --jit-threshold and KRAIT_JIT_THRESHOLD, or -1.
static long
parse_count(const char *s)
{
    char *end;
    if (*s < '0' || *s > '9')
        return -1;
    long v = strtol(s, &end, 10);
    return *end == '\0' && v >= 0 ? v : -1;
}

int
vm_jit_parse_option(const char *arg)
{
    if (strcmp(arg, "--jit") == 0)
        jit_requested = 1;
    else if (strcmp(arg, "--jit-sync") == 0)
        options.sync = 1;
    else if (strcmp(arg, "--dump-ir") == 0)
        options.dump_ir = 1;
    else if (strcmp(arg, "--dump-asm") == 0)
        options.dump_asm = 1;
    else if (strcmp(arg, "--jit-stats") == 0)
        options.stats = 1;
    else if (strncmp(arg, "--jit-threshold=", 16) == 0) {
        options.threshold = parse_count(arg + 16);
        threshold_given = 1;
        if (options.threshold < 0)
            return -1;
    } else
        return 0;
    return 1;
}

int
vm_jit_parse_xoption(const char *name)
{
    if (strcmp(name, "perf") == 0)
        options.perf_map = 1;
    else if (strcmp(name, "jit-gdb") == 0)
        options.gdb = 1;
    else
        return 0;
    return 1;
}

// Where the module is: $KRAIT_JIT_MODULE, else where the build put it.
static const char *
module_path(void)
{
    const char *env = getenv("KRAIT_JIT_MODULE");
    if (env != NULL && *env != '\0')
        return env;
#ifdef KRAIT_JIT_MODULE_PATH
    return KRAIT_JIT_MODULE_PATH;
#else
    return NULL;
#endif
}

// dlopen the module and find its entry table: 0, or -1 after saying why.
static int
load_module(void)
{
    const char *path = module_path();
    if (path == NULL) {
        fprintf(stderr, "krait: --jit: this krait was built without the JIT tier (KRAIT_JIT=OFF "
                        "or no LLVM 19; set KRAIT_JIT_MODULE to a libkrait-jit.so)\n");
        return -1;
    }
    // RTLD_NOW: a helper the module needs and the interpreter lacks fails here, loudly.
    module_handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (module_handle == NULL) {
        fprintf(stderr, "krait: --jit: cannot load the JIT module: %s\n", dlerror());
        return -1;
    }
    const VmJitApi *(*get)(void) =
        (const VmJitApi *(*)(void))dlsym(module_handle, VM_JIT_API_SYMBOL);
    api = get != NULL ? get() : NULL;
    if (api == NULL || api->version != VM_JIT_API_VERSION) {
        fprintf(stderr, "krait: --jit: %s is not a JIT module of this krait (version %d, "
                        "expected %d)\n",
                path, api != NULL ? api->version : -1, VM_JIT_API_VERSION);
        api = NULL;
        return -1;
    }
    return 0;
}

int
vm_jit_available(void)
{
    return api != NULL || load_module() == 0;
}

static void
release_unit(void *unit)
{
    if (api != NULL)
        api->release((VmJitCode *)unit);
}

int
vm_jit_start(void)
{
    if (!jit_requested)
        return 0;
    const char *env = getenv("KRAIT_JIT_THRESHOLD");
    if (!threshold_given && env != NULL && *env != '\0') {
        options.threshold = parse_count(env);
        if (options.threshold < 0) {
            fprintf(stderr, "krait: KRAIT_JIT_THRESHOLD expects a count, not '%s'\n", env);
            return -1;
        }
    }
    vm_jit_active = 1; // the module is loaded when the first code object gets hot
    return 0;
}

// Load and start the module the first time something is to be compiled: 0, or -1 after
// saying why on stderr (the program then goes on in the interpreter).
static int
start_module(void)
{
    if ((api == NULL && load_module() < 0) || api->init(&options) < 0) {
        vm_jit_active = 0;
        api = NULL;
        return -1;
    }
    rt_code_jit_release = release_unit;
    started = 1;
    return 0;
}

int
vm_jit_enter(Frame *frame, int index)
{
    PyCodeObject *co = frame->code;
    VmJitCode *unit = co->co_jit;
    if (unit == NULL) {
        // Count calls and back-edges alike, so a hot loop in a function called once (or in
        // module code) tiers up too.
        if ((long)co->co_calls + (long)co->co_backedges < options.threshold)
            return VM_JIT_NOT_ENTERED;
        if (!started && start_module() < 0)
            return VM_JIT_NOT_ENTERED;
        unit = co->co_jit = api->compile(co);
    } else if ((long)co->co_calls + (long)co->co_backedges >= unit->hotter_at) {
        api->hotter(co); // tiered compilation: a cheap pipeline first, default<O2> later
    }
    // Acquire: the compile thread may have just installed the entry (VmJitCode).
    return __atomic_load_n(&unit->entry, __ATOMIC_ACQUIRE)(frame, index);
}

void
vm_jit_stop(void)
{
    vm_jit_active = 0;
    if (!started) {
        if (jit_requested && options.stats)
            fprintf(stderr, "jit: functions compiled: 0 (nothing got hot: LLVM not loaded)\n");
        return;
    }
    started = 0;
    rt_code_jit_release = NULL; // fini frees every unit, including those of live code objects
    api->fini();
}
