// alloc.h: the memory allocator. Blocks up to RT_SMALL_MAX bytes come from size-classed pools
// inside mmap'd arenas (alloc.c); larger ones from malloc. All allocation happens under the GIL.
// Object allocation with headers (GC or not) is in gc.h and type.c.
#ifndef KRAIT_RUNTIME_ALLOC_H
#define KRAIT_RUNTIME_ALLOC_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define RT_ALIGNMENT 16                               // every block is 16-byte aligned
#define RT_SMALL_MAX 512                              // largest request served by the pools
#define RT_SIZE_CLASSES (RT_SMALL_MAX / RT_ALIGNMENT) // 16, 32, ..., 512
#define RT_POOL_SIZE ((size_t)16 * 1024)              // one pool serves one size class
#define RT_ARENA_SIZE ((size_t)1024 * 1024)           // arenas are mmap'd, aligned to their size

// In ASan builds, KRAIT_MALLOC=malloc in the environment (read at the first allocation) sends
// every request to malloc so that LeakSanitizer can report leaked small objects.

// Allocate n bytes (n == 0 gives a unique block). Returns NULL on failure without setting
// an exception: callers that are Python-visible turn that into PyErr_NoMemory().
void *PyObject_Malloc(size_t n);

// Like PyObject_Malloc, but zero-filled; nelem * elsize must not overflow (returns NULL if so).
void *PyObject_Calloc(size_t nelem, size_t elsize);

// Resize p (which may be NULL) to n bytes keeping its contents; NULL on failure, p untouched.
void *PyObject_Realloc(void *p, size_t n);

// Release a block from any of these functions; NULL is ignored.
void PyObject_Free(void *p);

// The PyMem_ family is the same allocator (as in CPython since 3.6): for buffers, not objects.
void *PyMem_Malloc(size_t n);
void *PyMem_Calloc(size_t nelem, size_t elsize);
void *PyMem_Realloc(void *p, size_t n);
void PyMem_Free(void *p);

// Statistics of the pools, for sys._debugmallocstats, the tests and the benchmarks.
typedef struct {
    size_t arenas;                           // arenas currently mapped
    size_t arenas_highwater;                 // most arenas ever mapped at once
    size_t arenas_allocated_total;           // mmap calls for arenas so far
    size_t arenas_freed_total;               // arenas handed back to the OS so far
    size_t pools_in_use;                     // pools serving some size class
    size_t pools_free;                       // empty pools inside mapped arenas
    size_t blocks_in_use[RT_SIZE_CLASSES];   // allocated blocks per size class
    size_t blocks_free[RT_SIZE_CLASSES];     // free blocks in used pools per size class
    size_t pools_per_class[RT_SIZE_CLASSES]; // pools currently serving each size class
    size_t large_in_use;                     // blocks currently allocated by malloc
} RtAllocStats;

// Fill *out with the allocator's current statistics.
void rt_alloc_stats(RtAllocStats *out);

// Blocks currently allocated, from the pools and from malloc (CPython's
// _Py_GetAllocatedBlocks, behind sys.getallocatedblocks and -X showrefcount).
size_t rt_alloc_blocks_in_use(void);

// Print the statistics to out as CPython's sys._debugmallocstats lays them out: a line per
// size class in use (pools, blocks in use, free blocks), then the arenas and a byte account
// whose parts add up to the mapped total, then the blocks served by malloc.
void rt_alloc_print_stats(FILE *out);

// The size class (0 for 16 bytes, ..., 31 for 512) that serves a request of n bytes, n >= 1.
static inline unsigned
rt_alloc_size_class(size_t n)
{
    return (unsigned)((n - 1) / RT_ALIGNMENT);
}

// True if p was handed out by the pools (not by malloc).
int rt_alloc_is_pool_block(const void *p);

// Walk the allocator's lists and verify their invariants (for tests and debugging): returns 0,
// or -1 after printing the first broken invariant to stderr. Costs a walk of every arena.
int rt_alloc_check(void);

#endif
