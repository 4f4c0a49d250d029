// perf.c: -X perf. Linux perf looks up addresses it cannot map to a file in
// /tmp/perf-<pid>.map, one "START SIZE NAME" line (hex, hex, text) per function, so
// `perf report` names the native code of each unit py::qualname:file:line, as CPython 3.12's
// -X perf names its trampolines. Lines are added by whichever thread links units (one at a
// time: the compile thread, or the interpreter's under --jit-sync) and flushed at once, so
// the file is complete even if the program dies.
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include "jit/jit.h"

static FILE *map;

int
jit_perf_open(void)
{
    char path[64];
    snprintf(path, sizeof path, "/tmp/perf-%ld.map", (long)getpid());
    map = fopen(path, "w");
    if (map == NULL) {
        fprintf(stderr, "krait: -X perf: cannot write %s: %s\n", path, strerror(errno));
        return -1;
    }
    return 0;
}

void
jit_perf_add(uintptr_t start, size_t size, const char *name)
{
    if (map == NULL)
        return;
    fprintf(map, "%lx %zx %s\n", (unsigned long)start, size, name);
    fflush(map);
}

void
jit_perf_close(void)
{
    if (map != NULL)
        fclose(map);
    map = NULL;
}
