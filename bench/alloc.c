// bench/alloc.c: small-object churn through PyObject_Malloc/Free against libc malloc/free.
// A sliding window of live blocks of 16..256 bytes is replaced one block at a time, the way
// short-lived ints, floats and tuples come and go in a running program. Prints best-of-3 times,
// the ratio and the allocator's statistics. Usage: bench_alloc [pairs (default 50000000)]
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "runtime/alloc.h"

enum { WINDOW = 4096, RUNS = 3 };

typedef struct {
    const char *name;
    void *(*alloc)(size_t);
    void (*release)(void *);
} Allocator;

static double
now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

// Statistics of the pools taken while the last window was still live.
static RtAllocStats live_stats;

// One run: `pairs` frees and allocations over a window of WINDOW live blocks. Each block's first
// word is written, as an object header would be, so neither allocator gets untouched memory.
static double
churn(const Allocator *a, size_t pairs)
{
    static void *live[WINDOW];
    uint64_t rng = 0x2545F4914F6CDD1DULL;
    for (size_t i = 0; i < WINDOW; i++) {
        live[i] = a->alloc(16);
        *(size_t *)live[i] = i;
    }
    double start = now();
    for (size_t i = 0; i < pairs; i++) {
        rng ^= rng << 13; // xorshift64: the same sequence of slots and sizes for both
        rng ^= rng >> 7;
        rng ^= rng << 17;
        size_t slot = (size_t)rng & (WINDOW - 1);
        size_t size = 16 + (size_t)((rng >> 32) % 241);
        a->release(live[slot]);
        live[slot] = a->alloc(size);
        *(size_t *)live[slot] = size;
    }
    double elapsed = now() - start;
    if (a->alloc == PyObject_Malloc)
        rt_alloc_stats(&live_stats);
    for (size_t i = 0; i < WINDOW; i++)
        a->release(live[i]);
    return elapsed;
}

static double
best_of(const Allocator *a, size_t pairs)
{
    double best = 0;
    for (int run = 0; run < RUNS; run++) {
        double t = churn(a, pairs);
        if (run == 0 || t < best)
            best = t;
    }
    printf("%-28s %8.3f s  (%.1f ns per alloc+free)\n", a->name, best, best * 1e9 / (double)pairs);
    return best;
}

static void
print_stats(const char *when, const RtAllocStats *stats)
{
    RtAllocStats s = *stats;
    printf("allocator statistics %s:\n", when);
    printf("arenas mapped %zu, highwater %zu, mapped in total %zu, unmapped in total %zu\n",
           s.arenas, s.arenas_highwater, s.arenas_allocated_total, s.arenas_freed_total);
    printf("pools in use %zu, free %zu; large blocks in use %zu\n", s.pools_in_use, s.pools_free,
           s.large_in_use);
    for (unsigned c = 0; c < RT_SIZE_CLASSES; c++)
        if (s.pools_per_class[c] != 0 || s.blocks_in_use[c] != 0)
            printf("  class %2u (%3u bytes): %zu blocks in use, %zu free, %zu pools\n", c,
                   (c + 1) * RT_ALIGNMENT, s.blocks_in_use[c], s.blocks_free[c],
                   s.pools_per_class[c]);
}

int
main(int argc, char **argv)
{
    size_t pairs = argc > 1 ? (size_t)strtoull(argv[1], NULL, 10) : 50000000;
    const Allocator arena = {"PyObject_Malloc/PyObject_Free", PyObject_Malloc, PyObject_Free};
    const Allocator libc = {"malloc/free", malloc, free};
    printf("%zu alloc/free pairs of 16..256 bytes, window of %d live blocks, best of %d\n", pairs,
           WINDOW, RUNS);
    double t_arena = best_of(&arena, pairs);
    double t_libc = best_of(&libc, pairs);
    printf("arena/malloc = %.2f\n", t_arena / t_libc);
    print_stats("with the window live", &live_stats);
    RtAllocStats end;
    rt_alloc_stats(&end);
    print_stats("after freeing everything", &end);
    return 0;
}
