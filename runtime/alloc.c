// alloc.c: the arena allocator behind PyObject_Malloc and PyMem_Malloc (after CPython's
// obmalloc). Blocks of 1..RT_SMALL_MAX bytes come from size-classed pools inside mmap'd arenas;
// larger blocks go to malloc. Object headers and GC links are allocated on top of this in gc.c
// and type.c. Everything here runs under the GIL, so nothing is locked.
#include "runtime/alloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

// ---- layout ------------------------------------------------------------------------------
//
// An arena is RT_ARENA_SIZE bytes aligned to its size, cut into NPOOLS pools. Each pool starts
// with a Pool header, so the pool of a block is its address with the low bits cleared. A pool
// serves one size class: released blocks form a LIFO free list threaded through the blocks,
// and blocks never handed out yet are carved lazily from nextoffset, so a fresh pool touches
// only the pages it uses.
//
// Which addresses belong to arenas is recorded in a three-level radix tree keyed by the address
// bits above the arena size (CPython 3.10's arena map): PyObject_Free tells pool blocks from
// malloc blocks with three loads and never reads memory it does not own.
//
// Arena release rule: an arena whose pools are all free is unmapped at once, unless it is the
// only arena with free pools left; that one stays mapped as a cache against mmap/munmap thrash.
// So at most one completely empty arena is ever mapped, and once every block is freed at most
// one arena remains.

#define ARENA_BITS 20
#define NPOOLS ((unsigned)(RT_ARENA_SIZE / RT_POOL_SIZE))
#define POOL_OVERHEAD ((sizeof(Pool) + RT_ALIGNMENT - 1) & ~(size_t)(RT_ALIGNMENT - 1))
#define LARGEST_REQUEST ((size_t)PTRDIFF_MAX) // CPython refuses sizes above PY_SSIZE_T_MAX

_Static_assert(RT_ARENA_SIZE == (size_t)1 << ARENA_BITS, "ARENA_BITS must match RT_ARENA_SIZE");
_Static_assert(RT_ARENA_SIZE % RT_POOL_SIZE == 0, "an arena holds whole pools");
_Static_assert(sizeof(void *) == 8, "the arena map is laid out for 64-bit addresses");

#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)
// Kept out of line so that the fast paths need no callee-saved registers.
#define SLOW_PATH __attribute__((noinline, cold))

typedef struct Arena Arena;

typedef struct Pool {
    void *freeblock;        // next block to hand out; NULL exactly when the pool is full
    struct Pool *next;      // in used[szidx] (doubly linked), or in arena->freepools
    struct Pool *prev;      // in used[szidx] only
    Arena *arena;           // the arena this pool lies in
    uint32_t ref;           // blocks handed out; 0 exactly when the pool is free
    uint32_t szidx;         // size class
    uint32_t nextoffset;    // offset of the first never-carved block
    uint32_t maxnextoffset; // largest offset at which a whole block still fits
} Pool;

// Arena bookkeeping lives outside the arena so that a free arena's pages stay untouched.
struct Arena {
    uintptr_t base;             // RT_ARENA_SIZE-aligned start of the mapping
    Pool *freepools;            // carved pools that are free again (singly linked)
    unsigned nfreepools;        // free pools: those on freepools plus the never-carved ones
    unsigned ncarved;           // pools carved so far; pool ncarved is the next fresh one
    Arena *next, *prev;         // in `usable`, while nfreepools > 0
    Arena *all_next, *all_prev; // every mapped arena, for the statistics
};

// ---- sanitizer hooks ---------------------------------------------------------------------
//
// Under ASan a block is addressable exactly for the bytes requested while it is allocated and
// poisoned otherwise, so use-after-free and overruns of pool blocks are reported. The allocator
// reads free-list links inside poisoned blocks, hence NO_ASAN on every function that touches
// arena memory. Arenas are LeakSanitizer root regions: objects in pools own malloc'd buffers.

#if defined(__SANITIZE_ADDRESS__)
#define RT_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define RT_ASAN 1
#endif
#endif

#define NO_ASAN __attribute__((no_sanitize_address))

#ifdef RT_ASAN
#include <sanitizer/asan_interface.h>
#include <sanitizer/lsan_interface.h>

static inline void
poison(const void *p, size_t n)
{
    __asan_poison_memory_region(p, n);
}

static inline void
unpoison(const void *p, size_t n)
{
    __asan_unpoison_memory_region(p, n);
}

static inline void
watch_arena(const void *base)
{
    __lsan_register_root_region(base, RT_ARENA_SIZE);
}

static inline void
unwatch_arena(const void *base)
{
    __lsan_unregister_root_region(base, RT_ARENA_SIZE);
}

// A live block has its first byte addressable (even a 0-byte one, see unpoison_block), so a
// poisoned first byte means a double free; a misaligned pointer is not a block at all.
static NO_ASAN void
check_free(const Pool *pool, const void *p)
{
    size_t off = (size_t)((const char *)p - (const char *)pool);
    size_t size = ((size_t)pool->szidx + 1) * RT_ALIGNMENT;
    if (pool->ref == 0 || off < POOL_OVERHEAD || (off - POOL_OVERHEAD) % size != 0 ||
        __asan_address_is_poisoned(p)) {
        fprintf(stderr, "krait: PyObject_Free(%p): double free or not a block\n", p);
        __asan_describe_address((void *)p);
        abort();
    }
}
#else
static inline void
poison(const void *p, size_t n)
{
    (void)p, (void)n;
}

static inline void
unpoison(const void *p, size_t n)
{
    (void)p, (void)n;
}

static inline void
watch_arena(const void *base)
{
    (void)base;
}

static inline void
unwatch_arena(const void *base)
{
    (void)base;
}

static inline void
check_free(const Pool *pool, const void *p)
{
    (void)pool, (void)p;
}
#endif

// ---- KRAIT_MALLOC=malloc (sanitizer builds) ----------------------------------------------
//
// Leaks inside pools are invisible to LeakSanitizer, so in ASan builds KRAIT_MALLOC=malloc in
// the environment sends every allocation to malloc, as CPython's PYTHONMALLOC=malloc does; LSan
// then reports leaked objects with their allocation stacks. Release builds compile this away.

#ifdef RT_ASAN
static int
malloc_only(void)
{
    static int mode = -1; // read at the first allocation, fixed from then on
    if (UNLIKELY(mode < 0)) {
        const char *v = getenv("KRAIT_MALLOC");
        mode = v != NULL && strcmp(v, "malloc") == 0;
    }
    return mode;
}
#else
static inline int
malloc_only(void)
{
    return 0;
}
#endif

// Make the n requested bytes of block b addressable (at least one, for check_free).
static inline void
unpoison_block(void *b, size_t n)
{
    unpoison(b, n ? n : 1);
}

// ---- the allocator's state ---------------------------------------------------------------

static Pool *used[RT_SIZE_CLASSES];  // per class, the pools with a free block (most recent first)
static Arena *usable;                // arenas with free pools, fewest free pools first
static Arena *last_with[NPOOLS + 1]; // the last arena in `usable` with that many free pools
static Arena *all_arenas;
static uintptr_t mmap_hint; // where the next arena would continue the previous one downwards

static struct {
    size_t arenas, highwater, allocated_total, freed_total, large_in_use;
} counts;

static inline size_t
class_bytes(unsigned c)
{
    return ((size_t)c + 1) * RT_ALIGNMENT;
}

static inline Pool *
pool_of(const void *p)
{
    return (Pool *)((uintptr_t)p & ~(uintptr_t)(RT_POOL_SIZE - 1));
}

// ---- the arena map -----------------------------------------------------------------------

#define MAP_KEY_BITS (64 - ARENA_BITS)
#define MAP_L3_BITS 15
#define MAP_L2_BITS 15
#define MAP_L1_BITS (MAP_KEY_BITS - MAP_L2_BITS - MAP_L3_BITS)
#define MAP_MASK(bits) (((uintptr_t)1 << (bits)) - 1)

typedef struct {
    Arena *arena[(size_t)1 << MAP_L3_BITS];
} MapLeaf;

typedef struct {
    MapLeaf *leaf[(size_t)1 << MAP_L2_BITS];
} MapMid;

static MapMid *map_root[(size_t)1 << MAP_L1_BITS];

// The arena holding address p, or NULL if p is not inside any mapped arena.
static inline Arena *
arena_of(const void *p)
{
    uintptr_t key = (uintptr_t)p >> ARENA_BITS;
    MapMid *mid = map_root[key >> (MAP_L2_BITS + MAP_L3_BITS)];
    if (mid == NULL)
        return NULL;
    MapLeaf *leaf = mid->leaf[(key >> MAP_L3_BITS) & MAP_MASK(MAP_L2_BITS)];
    if (leaf == NULL)
        return NULL;
    return leaf->arena[key & MAP_MASK(MAP_L3_BITS)];
}

// The leaf slot for the arena at base, creating interior nodes; NULL if calloc fails. Nodes are
// never freed: only their touched pages cost memory, and arena addresses tend to be reused.
static Arena **
map_slot(uintptr_t base)
{
    uintptr_t key = base >> ARENA_BITS;
    MapMid **midp = &map_root[key >> (MAP_L2_BITS + MAP_L3_BITS)];
    if (*midp == NULL && (*midp = calloc(1, sizeof(MapMid))) == NULL)
        return NULL;
    MapLeaf **leafp = &(*midp)->leaf[(key >> MAP_L3_BITS) & MAP_MASK(MAP_L2_BITS)];
    if (*leafp == NULL && (*leafp = calloc(1, sizeof(MapLeaf))) == NULL)
        return NULL;
    return &(*leafp)->arena[key & MAP_MASK(MAP_L3_BITS)];
}

// ---- arenas ------------------------------------------------------------------------------

// Map RT_ARENA_SIZE bytes aligned to their size. The kernel usually places a mapping just
// below the previous one, so asking for that spot first avoids the map-2x-and-trim dance.
static void *
map_aligned(void)
{
    const int prot = PROT_READ | PROT_WRITE, flags = MAP_PRIVATE | MAP_ANONYMOUS;
    void *p = mmap((void *)mmap_hint, RT_ARENA_SIZE, prot, flags, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    if (((uintptr_t)p & (RT_ARENA_SIZE - 1)) == 0)
        return p;
    munmap(p, RT_ARENA_SIZE);
    p = mmap(NULL, 2 * RT_ARENA_SIZE, prot, flags, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    uintptr_t start = (uintptr_t)p;
    uintptr_t base = (start + RT_ARENA_SIZE - 1) & ~(uintptr_t)(RT_ARENA_SIZE - 1);
    if (base > start)
        munmap(p, base - start);
    if (base + RT_ARENA_SIZE < start + 2 * RT_ARENA_SIZE)
        munmap((void *)(base + RT_ARENA_SIZE), start + RT_ARENA_SIZE - base);
    return (void *)base;
}

// Map a new arena with every pool free; NULL if the system refuses.
static Arena *
new_arena(void)
{
    Arena *a = calloc(1, sizeof(Arena));
    if (a == NULL)
        return NULL;
    void *base = map_aligned();
    if (base == NULL) {
        free(a);
        return NULL;
    }
    Arena **slot = map_slot((uintptr_t)base);
    if (slot == NULL) {
        munmap(base, RT_ARENA_SIZE);
        free(a);
        return NULL;
    }
    *slot = a;
    a->base = (uintptr_t)base;
    a->nfreepools = NPOOLS;
    a->all_next = all_arenas;
    if (all_arenas != NULL)
        all_arenas->all_prev = a;
    all_arenas = a;
    mmap_hint = a->base >= RT_ARENA_SIZE ? a->base - RT_ARENA_SIZE : 0;
    poison(base, RT_ARENA_SIZE);
    watch_arena(base);
    if (++counts.arenas > counts.highwater)
        counts.highwater = counts.arenas;
    counts.allocated_total++;
    return a;
}

// Unmap arena a, which must be unlinked from `usable` already.
static void
free_arena(Arena *a)
{
    *map_slot(a->base) = NULL; // the slot exists: it was made when a was mapped
    if (a->all_prev != NULL)
        a->all_prev->all_next = a->all_next;
    else
        all_arenas = a->all_next;
    if (a->all_next != NULL)
        a->all_next->all_prev = a->all_prev;
    unwatch_arena((void *)a->base);
    // Later mappings at this address must not inherit our poison.
    unpoison((void *)a->base, RT_ARENA_SIZE);
    munmap((void *)a->base, RT_ARENA_SIZE);
    free(a);
    counts.arenas--;
    counts.freed_total++;
}

static void
unlink_usable(Arena *a)
{
    if (a->prev != NULL)
        a->prev->next = a->next;
    else
        usable = a->next;
    if (a->next != NULL)
        a->next->prev = a->prev;
}

// Take a free pool from the fullest arena that has one (mapping an arena if none has).
// Preferring full arenas lets the emptier ones drain and go back to the OS.
static NO_ASAN Pool *
take_pool(void)
{
    Arena *a = usable;
    if (a == NULL) {
        if ((a = new_arena()) == NULL)
            return NULL;
        a->next = a->prev = NULL;
        usable = a;
        last_with[NPOOLS] = a;
    }
    // a has the fewest free pools, so it stays first with one fewer.
    unsigned nf = a->nfreepools;
    if (last_with[nf] == a)
        last_with[nf] = NULL;
    a->nfreepools = nf - 1;
    if (nf > 1) {
        last_with[nf - 1] = a;
    } else {
        usable = a->next;
        if (usable != NULL)
            usable->prev = NULL;
    }
    Pool *pool = a->freepools;
    if (pool != NULL) {
        a->freepools = pool->next;
    } else {
        pool = (Pool *)(a->base + (uintptr_t)a->ncarved++ * RT_POOL_SIZE);
        pool->arena = a;
    }
    return pool;
}

// Give the empty pool back to its arena, keep `usable` sorted, and unmap the arena if it is
// now entirely free and another arena has free pools.
static NO_ASAN void
release_pool(Pool *pool)
{
    Arena *a = pool->arena;
    pool->next = a->freepools;
    a->freepools = pool;
    unsigned nf = ++a->nfreepools;
    if (nf == 1) { // a was full and off the list; one free pool makes it the fullest usable
        a->prev = NULL;
        a->next = usable;
        if (usable != NULL)
            usable->prev = a;
        usable = a;
        if (last_with[1] == NULL)
            last_with[1] = a;
        return;
    }
    // a sits among the arenas with nf - 1 free pools and must move behind all of them.
    Arena *last = last_with[nf - 1];
    if (last == a)
        last_with[nf - 1] = a->prev != NULL && a->prev->nfreepools == nf - 1 ? a->prev : NULL;
    if (nf == NPOOLS && (a->prev != NULL || a->next != NULL)) {
        unlink_usable(a);
        free_arena(a);
        return;
    }
    if (last_with[nf] == NULL)
        last_with[nf] = a;
    if (last == a)
        return; // the arenas after a have nf or more free pools already
    unlink_usable(a);
    a->prev = last;
    a->next = last->next;
    if (last->next != NULL)
        last->next->prev = a;
    last->next = a;
}

// ---- pools and blocks --------------------------------------------------------------------

// Point freeblock at the next never-carved block, or, if the pool has none left, take the
// (full) pool off the used list, whose head it is. Inline: in steady churn most pools are full,
// so a malloc often fills its pool and a free often hits a full one.
static inline NO_ASAN void
carve_or_retire(Pool *pool)
{
    if (pool->nextoffset <= pool->maxnextoffset) {
        void **b = (void **)((char *)pool + pool->nextoffset);
        pool->nextoffset += (uint32_t)class_bytes(pool->szidx);
        *b = NULL;
        pool->freeblock = b;
        return;
    }
    Pool *next = pool->next;
    used[pool->szidx] = next;
    if (next != NULL)
        next->prev = NULL;
}

static inline NO_ASAN void *
pop_block(Pool *pool, size_t n)
{
    void **b = pool->freeblock;
    pool->ref++;
    if (UNLIKELY((pool->freeblock = *b) == NULL))
        carve_or_retire(pool);
    unpoison_block(b, n);
    return b;
}

// Used list of class c is empty: start a pool for it and hand out its first block.
static NO_ASAN SLOW_PATH void *
alloc_from_new_pool(unsigned c, size_t n)
{
    Pool *pool = take_pool();
    if (pool == NULL)
        return NULL;
    size_t size = class_bytes(c);
    pool->ref = 0;
    pool->szidx = c;
    pool->freeblock = (char *)pool + POOL_OVERHEAD;
    *(void **)pool->freeblock = NULL;
    pool->nextoffset = (uint32_t)(POOL_OVERHEAD + size);
    pool->maxnextoffset = (uint32_t)(RT_POOL_SIZE - size);
    pool->next = NULL;
    pool->prev = NULL;
    used[c] = pool;
    return pop_block(pool, n);
}

// A free made the pool empty: off its used list (unless it was full) and back to the arena.
static NO_ASAN SLOW_PATH void
free_to_empty_pool(Pool *pool, int was_full)
{
    if (!was_full) {
        if (pool->prev != NULL)
            pool->prev->next = pool->next;
        else
            used[pool->szidx] = pool->next;
        if (pool->next != NULL)
            pool->next->prev = pool->prev;
    }
    release_pool(pool);
}

static void *
malloc_large(size_t n)
{
    if (n > LARGEST_REQUEST)
        return NULL;
    void *p = malloc(n ? n : 1); // only KRAIT_MALLOC=malloc sends 0 here; it must not be NULL
    if (p != NULL)
        counts.large_in_use++;
    return p;
}

// ---- the API -----------------------------------------------------------------------------

NO_ASAN void *
PyObject_Malloc(size_t n)
{
    if (LIKELY(n <= RT_SMALL_MAX) && LIKELY(!malloc_only())) {
        unsigned c = rt_alloc_size_class(n + (n == 0));
        Pool *pool = used[c];
        if (LIKELY(pool != NULL))
            return pop_block(pool, n);
        return alloc_from_new_pool(c, n);
    }
    return malloc_large(n);
}

NO_ASAN void
PyObject_Free(void *p)
{
    if (p == NULL)
        return;
    if (UNLIKELY(arena_of(p) == NULL)) {
        counts.large_in_use--;
        free(p);
        return;
    }
    Pool *pool = pool_of(p);
    check_free(pool, p);
    void *last = pool->freeblock;
    *(void **)p = last;
    pool->freeblock = p;
    poison(p, class_bytes(pool->szidx));
    if (UNLIKELY(--pool->ref == 0)) {
        free_to_empty_pool(pool, last == NULL);
    } else if (last == NULL) {
        // The pool was full, so off its used list: put it first, so this block is reused next.
        Pool **head = &used[pool->szidx];
        pool->prev = NULL;
        pool->next = *head;
        if (*head != NULL)
            (*head)->prev = pool;
        *head = pool;
    }
}

void *
PyObject_Calloc(size_t nelem, size_t elsize)
{
    size_t n;
    if (__builtin_mul_overflow(nelem, elsize, &n))
        return NULL;
    if (n <= RT_SMALL_MAX && !malloc_only()) {
        void *p = PyObject_Malloc(n);
        if (p != NULL)
            memset(p, 0, n);
        return p;
    }
    if (n > LARGEST_REQUEST)
        return NULL;
    void *p = calloc(1, n ? n : 1);
    if (p != NULL)
        counts.large_in_use++;
    return p;
}

// Resize a pool block: in place within its size class, else by moving it.
static NO_ASAN void *
realloc_pool_block(void *p, size_t n)
{
    unsigned c = pool_of(p)->szidx;
    size_t size = class_bytes(c);
    if (n <= RT_SMALL_MAX && rt_alloc_size_class(n + (n == 0)) == c) {
        poison(p, size);
        unpoison_block(p, n);
        return p;
    }
    void *q = PyObject_Malloc(n);
    if (q == NULL) {
        if (n > size)
            return NULL;
        // Shrinking cannot fail: the old block is big enough.
        poison(p, size);
        unpoison_block(p, n);
        return p;
    }
    unpoison(p, size); // the caller's data may end before the class size; we copy it all
    memcpy(q, p, n < size ? n : size);
    PyObject_Free(p);
    return q;
}

void *
PyObject_Realloc(void *p, size_t n)
{
    if (p == NULL)
        return PyObject_Malloc(n);
    if (arena_of(p) != NULL)
        return realloc_pool_block(p, n);
    if (n > RT_SMALL_MAX || malloc_only())
        return n > LARGEST_REQUEST ? NULL : realloc(p, n ? n : 1); // realloc(p, 0) would free p
    // A malloc block (always more than RT_SMALL_MAX bytes) shrinking into the pools' range
    // moves there, so it no longer pins a malloc chunk; if the pools are exhausted, it stays.
    void *q = PyObject_Malloc(n);
    if (q == NULL)
        return p;
    memcpy(q, p, n);
    free(p);
    counts.large_in_use--;
    return q;
}

void *
PyMem_Malloc(size_t n)
{
    return PyObject_Malloc(n);
}

void *
PyMem_Calloc(size_t nelem, size_t elsize)
{
    return PyObject_Calloc(nelem, elsize);
}

void *
PyMem_Realloc(void *p, size_t n)
{
    return PyObject_Realloc(p, n);
}

void
PyMem_Free(void *p)
{
    PyObject_Free(p);
}

int
rt_alloc_is_pool_block(const void *p)
{
    return arena_of(p) != NULL;
}

// Count the pools of one arena into *out; only carved pools have a header to read.
static NO_ASAN void
add_arena_stats(const Arena *a, RtAllocStats *out)
{
    out->pools_free += a->nfreepools;
    for (unsigned i = 0; i < a->ncarved; i++) {
        const Pool *pool = (const Pool *)(a->base + (uintptr_t)i * RT_POOL_SIZE);
        if (pool->ref == 0)
            continue;
        unsigned c = pool->szidx;
        size_t capacity = (RT_POOL_SIZE - POOL_OVERHEAD) / class_bytes(c);
        out->pools_in_use++;
        out->pools_per_class[c]++;
        out->blocks_in_use[c] += pool->ref;
        out->blocks_free[c] += capacity - pool->ref;
    }
}

void
rt_alloc_stats(RtAllocStats *out)
{
    memset(out, 0, sizeof *out);
    out->arenas = counts.arenas;
    out->arenas_highwater = counts.highwater;
    out->arenas_allocated_total = counts.allocated_total;
    out->arenas_freed_total = counts.freed_total;
    out->large_in_use = counts.large_in_use;
    for (const Arena *a = all_arenas; a != NULL; a = a->all_next)
        add_arena_stats(a, out);
}

size_t
rt_alloc_blocks_in_use(void)
{
    RtAllocStats s;
    rt_alloc_stats(&s);
    size_t n = s.large_in_use;
    for (unsigned c = 0; c < RT_SIZE_CLASSES; c++)
        n += s.blocks_in_use[c];
    return n;
}

// One account line: the label padded to 35 columns, then n with thousands separators in 21.
static void
print_line(FILE *out, const char *label, size_t n)
{
    char digits[32], grouped[48];
    int len = snprintf(digits, sizeof digits, "%zu", n), j = 0;
    for (int i = 0; i < len; i++) {
        if (i > 0 && (len - i) % 3 == 0)
            grouped[j++] = ',';
        grouped[j++] = digits[i];
    }
    grouped[j] = '\0';
    fprintf(out, "%-35s=%21s\n", label, grouped);
}

// The size-class table; adds the bytes in allocated and free blocks and lost to quantization.
static void
print_classes(FILE *out, const RtAllocStats *s, size_t *allocated, size_t *available,
              size_t *quantization)
{
    fprintf(out, "Small block threshold = %d, in %d size classes.\n\n", RT_SMALL_MAX,
            RT_SIZE_CLASSES);
    fputs("class   size   num pools   blocks in use  avail blocks\n"
          "-----   ----   ---------   -------------  ------------\n",
          out);
    for (unsigned c = 0; c < RT_SIZE_CLASSES; c++) {
        size_t size = class_bytes(c), pools = s->pools_per_class[c];
        if (pools == 0)
            continue;
        fprintf(out, "%5u %6zu %11zu %15zu %13zu\n", c, size, pools, s->blocks_in_use[c],
                s->blocks_free[c]);
        *allocated += s->blocks_in_use[c] * size;
        *available += s->blocks_free[c] * size;
        *quantization += pools * ((RT_POOL_SIZE - POOL_OVERHEAD) % size);
    }
}

void
rt_alloc_print_stats(FILE *out)
{
    RtAllocStats s;
    rt_alloc_stats(&s);
    size_t allocated = 0, available = 0, quantization = 0;
    print_classes(out, &s, &allocated, &available, &quantization);
    char label[64];
    fputc('\n', out);
    print_line(out, "# arenas allocated total", s.arenas_allocated_total);
    print_line(out, "# arenas reclaimed", s.arenas_freed_total);
    print_line(out, "# arenas highwater mark", s.arenas_highwater);
    print_line(out, "# arenas allocated current", s.arenas);
    snprintf(label, sizeof label, "%zu arenas * %zu bytes/arena", s.arenas, RT_ARENA_SIZE);
    print_line(out, label, s.arenas * RT_ARENA_SIZE);
    fputc('\n', out);
    print_line(out, "# bytes in allocated blocks", allocated);
    print_line(out, "# bytes in available blocks", available);
    snprintf(label, sizeof label, "%zu unused pools * %zu bytes", s.pools_free, RT_POOL_SIZE);
    print_line(out, label, s.pools_free * RT_POOL_SIZE);
    print_line(out, "# bytes lost to pool headers", s.pools_in_use * POOL_OVERHEAD);
    print_line(out, "# bytes lost to quantization", quantization);
    // Arenas are mapped aligned to their size, so none is lost to alignment (unlike CPython's).
    print_line(out, "Total", allocated + available + s.pools_free * RT_POOL_SIZE +
                                 s.pools_in_use * POOL_OVERHEAD + quantization);
    fputc('\n', out);
    print_line(out, "# blocks allocated by malloc", s.large_in_use);
}

// ---- invariants --------------------------------------------------------------------------

static int
broken(const char *what, const void *where)
{
    fprintf(stderr, "krait: allocator invariant broken at %p: %s\n", where, what);
    return -1;
}

// Every pool on a used list serves that class, has a free block and is not free itself.
static NO_ASAN int
check_used_lists(void)
{
    for (unsigned c = 0; c < RT_SIZE_CLASSES; c++) {
        const Pool *prev = NULL;
        for (const Pool *pool = used[c]; pool != NULL; prev = pool, pool = pool->next) {
            if (pool->prev != prev)
                return broken("used list back link", pool);
            if (pool->szidx != c || pool->ref == 0 || pool->freeblock == NULL)
                return broken("pool on a used list is full, free or of another class", pool);
            if (arena_of(pool) != pool->arena)
                return broken("pool outside its arena", pool);
        }
    }
    return 0;
}

// `usable` holds exactly the arenas with free pools, fewest first, and last_with agrees.
static NO_ASAN int
check_usable_list(void)
{
    size_t listed = 0, with_free = 0;
    const Arena *prev = NULL;
    for (const Arena *a = usable; a != NULL; prev = a, a = a->next, listed++) {
        if (a->prev != prev || a->nfreepools == 0)
            return broken("usable list link or full arena on it", a);
        if (prev != NULL && prev->nfreepools > a->nfreepools)
            return broken("usable list not sorted by free pools", a);
        int is_last = a->next == NULL || a->next->nfreepools != a->nfreepools;
        if ((last_with[a->nfreepools] == a) != is_last)
            return broken("last_with does not name the last arena of its count", a);
    }
    for (unsigned nf = 0; nf <= NPOOLS; nf++)
        if (last_with[nf] != NULL && last_with[nf]->nfreepools != nf)
            return broken("last_with names an arena of another count", last_with[nf]);
    size_t empty = 0;
    for (const Arena *a = all_arenas; a != NULL; a = a->all_next) {
        with_free += a->nfreepools != 0;
        empty += a->nfreepools == NPOOLS;
    }
    if (listed != with_free)
        return broken("an arena with free pools is missing from the usable list", usable);
    if (empty > 1)
        return broken("more than one empty arena mapped", all_arenas);
    return 0;
}

// Each arena's free pools are its carved free pools plus the never-carved ones.
static NO_ASAN int
check_arenas(void)
{
    size_t n = 0;
    for (const Arena *a = all_arenas; a != NULL; a = a->all_next, n++) {
        if (arena_of((void *)a->base) != a || a->ncarved > NPOOLS)
            return broken("arena missing from the arena map", a);
        unsigned on_list = 0, empty_carved = 0;
        for (const Pool *pool = a->freepools; pool != NULL && on_list <= NPOOLS; pool = pool->next)
            on_list += pool->ref == 0 && pool->arena == a;
        for (unsigned i = 0; i < a->ncarved; i++)
            empty_carved += ((const Pool *)(a->base + (uintptr_t)i * RT_POOL_SIZE))->ref == 0;
        if (on_list != empty_carved || a->nfreepools != on_list + NPOOLS - a->ncarved)
            return broken("arena free pool count", a);
    }
    if (n != counts.arenas)
        return broken("arena count", all_arenas);
    return 0;
}

int
rt_alloc_check(void)
{
    if (check_used_lists() != 0 || check_usable_list() != 0 || check_arenas() != 0)
        return -1;
    return 0;
}
