// test_alloc.c: the arena allocator (runtime/alloc.c): size classes, reuse, realloc/calloc,
// statistics and returning arenas to the OS. The allocator needs no runtime, so these tests
// do not call rt_runtime_init: its objects would show up in the exact block counts.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "runtime/alloc.h"

#if defined(__SANITIZE_ADDRESS__)
static const int under_asan = 1;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
static const int under_asan = 1;
#else
static const int under_asan = 0;
#endif
#else
static const int under_asan = 0;
#endif

#define NPOOLS (RT_ARENA_SIZE / RT_POOL_SIZE)

static RtAllocStats
stats(void)
{
    RtAllocStats s;
    rt_alloc_stats(&s);
    return s;
}

static unsigned
class_of(size_t n)
{
    return rt_alloc_size_class(n == 0 ? 1 : n);
}

static uintptr_t
pool_base(const void *p)
{
    return (uintptr_t)p & ~(uintptr_t)(RT_POOL_SIZE - 1);
}

static uintptr_t
arena_base(const void *p)
{
    return (uintptr_t)p & ~(uintptr_t)(RT_ARENA_SIZE - 1);
}

static uint64_t
next_random(uint64_t *state)
{
    // xorshift64*: deterministic, so a failure reproduces.
    uint64_t x = *state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *state = x;
    return x * 0x2545F4914F6CDD1DULL;
}

// The invariants that tie the statistics together, whatever the counts are.
static void
assert_stats_consistent(const RtAllocStats *s)
{
    size_t pools = 0;
    for (unsigned c = 0; c < RT_SIZE_CLASSES; c++) {
        size_t size = (size_t)(c + 1) * RT_ALIGNMENT;
        size_t capacity = s->pools_per_class[c] == 0
                              ? 0
                              : (s->blocks_in_use[c] + s->blocks_free[c]) / s->pools_per_class[c];
        assert_int_equal(capacity * s->pools_per_class[c], s->blocks_in_use[c] + s->blocks_free[c]);
        if (s->pools_per_class[c] != 0)
            assert_true(capacity * size <= RT_POOL_SIZE &&
                        (capacity + 1) * size > RT_POOL_SIZE - 128);
        pools += s->pools_per_class[c];
    }
    assert_int_equal(pools, s->pools_in_use);
    assert_int_equal(s->pools_in_use + s->pools_free, s->arenas * NPOOLS);
    assert_true(s->arenas <= s->arenas_highwater);
    assert_int_equal(s->arenas, s->arenas_allocated_total - s->arenas_freed_total);
    assert_int_equal(rt_alloc_check(), 0);
}

static void
assert_nothing_in_use(void)
{
    RtAllocStats s = stats();
    for (unsigned c = 0; c < RT_SIZE_CLASSES; c++) {
        assert_int_equal(s.blocks_in_use[c], 0);
        assert_int_equal(s.pools_per_class[c], 0);
    }
    assert_int_equal(s.pools_in_use, 0);
    assert_int_equal(s.large_in_use, 0);
    assert_true(s.arenas <= 1);
    assert_stats_consistent(&s);
}

// ---- size classes ------------------------------------------------------------------------

static void
test_alloc_size_class_maps_16_byte_steps(void **state)
{
    assert_int_equal(rt_alloc_size_class(1), 0);
    assert_int_equal(rt_alloc_size_class(16), 0);
    assert_int_equal(rt_alloc_size_class(17), 1);
    assert_int_equal(rt_alloc_size_class(500), 31);
    assert_int_equal(rt_alloc_size_class(512), 31);
}

static void
test_alloc_every_size_gets_aligned_block_of_its_class(void **state)
{
    for (size_t n = 0; n <= RT_SMALL_MAX; n++) {
        unsigned c = class_of(n);
        RtAllocStats before = stats();
        unsigned char *p = PyObject_Malloc(n);
        assert_non_null(p);
        assert_int_equal((uintptr_t)p % RT_ALIGNMENT, 0);
        assert_true(rt_alloc_is_pool_block(p));
        memset(p, 0x5a, n);
        RtAllocStats after = stats();
        for (unsigned k = 0; k < RT_SIZE_CLASSES; k++)
            assert_int_equal(after.blocks_in_use[k], before.blocks_in_use[k] + (k == c));
        PyObject_Free(p);
    }
    assert_nothing_in_use();
}

static void
test_alloc_fresh_pool_carves_blocks_of_class_size(void **state)
{
    for (unsigned c = 0; c < RT_SIZE_CLASSES; c++) {
        size_t size = (size_t)(c + 1) * RT_ALIGNMENT;
        assert_int_equal(stats().pools_per_class[c], 0);
        char *a = PyObject_Malloc(size);
        char *b = PyObject_Malloc(size - 15); // same class, next block of the same pool
        assert_int_equal(pool_base(a), pool_base(b));
        assert_int_equal(b - a, (ptrdiff_t)size);
        PyObject_Free(a);
        PyObject_Free(b);
    }
    assert_nothing_in_use();
}

static void
test_alloc_zero_bytes_gives_unique_block(void **state)
{
    RtAllocStats before = stats();
    void *a = PyObject_Malloc(0);
    void *b = PyMem_Malloc(0);
    assert_non_null(a);
    assert_non_null(b);
    assert_ptr_not_equal(a, b);
    assert_int_equal(stats().blocks_in_use[0], before.blocks_in_use[0] + 2);
    PyObject_Free(a);
    PyMem_Free(b);
    PyObject_Free(NULL);
    assert_nothing_in_use();
}

static void
test_alloc_freed_blocks_are_reused_lifo(void **state)
{
    void *hold = PyObject_Malloc(40); // keeps the pool in use while the others come and go
    void *a = PyObject_Malloc(40), *b = PyObject_Malloc(40), *c = PyObject_Malloc(40);
    assert_int_equal(pool_base(a), pool_base(hold));
    assert_int_equal(pool_base(c), pool_base(hold));
    PyObject_Free(a);
    PyObject_Free(b);
    PyObject_Free(c);
    assert_ptr_equal(PyObject_Malloc(33), c);
    assert_ptr_equal(PyObject_Malloc(48), b);
    assert_ptr_equal(PyObject_Malloc(40), a);
    PyObject_Free(a);
    PyObject_Free(b);
    PyObject_Free(c);
    PyObject_Free(hold);
    assert_nothing_in_use();
}

static void
test_alloc_block_freed_from_full_pool_is_reused_first(void **state)
{
    // Fill a pool of 512-byte blocks, then one more block opens a second pool.
    void *blocks[200];
    size_t n = 0;
    blocks[n++] = PyObject_Malloc(512);
    while (n < 200) {
        blocks[n] = PyObject_Malloc(512);
        if (pool_base(blocks[n]) != pool_base(blocks[0]))
            break;
        n++;
    }
    assert_true(n < 200);
    void *victim = blocks[3];
    PyObject_Free(victim);
    assert_ptr_equal(PyObject_Malloc(500), victim);
    for (size_t i = 0; i <= n; i++)
        PyObject_Free(blocks[i]);
    assert_nothing_in_use();
}

static void
test_alloc_pools_with_free_blocks_are_used_before_new_ones(void **state)
{
    // Pool one of 512-byte blocks full, pool two holding a single block: freeing a block of the
    // full pool must not lose track of pool two's free blocks.
    void *blocks[200];
    size_t n = 0;
    blocks[n++] = PyObject_Malloc(512);
    while (n < 200) {
        blocks[n] = PyObject_Malloc(512);
        if (pool_base(blocks[n]) != pool_base(blocks[0]))
            break;
        n++;
    }
    assert_true(n < 200);
    uintptr_t second = pool_base(blocks[n]);
    PyObject_Free(blocks[5]);
    blocks[5] = PyObject_Malloc(512); // refills pool one
    void *next = PyObject_Malloc(512);
    assert_int_equal(pool_base(next), second);
    assert_int_equal(stats().pools_per_class[31], 2);
    PyObject_Free(next);
    for (size_t i = 0; i <= n; i++)
        PyObject_Free(blocks[i]);
    assert_nothing_in_use();
}

// ---- large blocks ------------------------------------------------------------------------

static void
test_alloc_large_blocks_are_not_pool_blocks(void **state)
{
    int local = 0;
    void *libc = malloc(64);
    size_t large_before = stats().large_in_use;
    void *small = PyObject_Malloc(512);
    void *large = PyObject_Malloc(513);
    void *huge = PyMem_Malloc(1 << 20);
    assert_true(rt_alloc_is_pool_block(small));
    assert_false(rt_alloc_is_pool_block(large));
    assert_false(rt_alloc_is_pool_block(huge));
    assert_false(rt_alloc_is_pool_block(libc));
    assert_false(rt_alloc_is_pool_block(&local));
    assert_false(rt_alloc_is_pool_block(NULL));
    assert_int_equal((uintptr_t)large % RT_ALIGNMENT, 0);
    assert_int_equal(stats().large_in_use, large_before + 2);
    memset(large, 1, 513);
    PyObject_Free(small);
    PyObject_Free(large);
    PyMem_Free(huge);
    free(libc);
    assert_nothing_in_use();
}

static void
test_alloc_impossible_sizes_return_null(void **state)
{
    assert_null(PyObject_Malloc(SIZE_MAX));
    assert_null(PyObject_Malloc((size_t)PTRDIFF_MAX + 1));
    assert_null(PyMem_Malloc(SIZE_MAX / 2 + 1));
    char *p = PyObject_Malloc(100);
    memcpy(p, "keep", 5);
    assert_null(PyObject_Realloc(p, SIZE_MAX));
    assert_string_equal(p, "keep");
    char *q = PyObject_Malloc(1000);
    memcpy(q, "kept", 5);
    assert_null(PyMem_Realloc(q, SIZE_MAX - 8));
    assert_string_equal(q, "kept");
    PyObject_Free(p);
    PyObject_Free(q);
    assert_nothing_in_use();
}

// ---- realloc -----------------------------------------------------------------------------

static void
fill(unsigned char *p, size_t n, unsigned seed)
{
    for (size_t i = 0; i < n; i++)
        p[i] = (unsigned char)(i * 7 + seed);
}

static void
assert_filled(const unsigned char *p, size_t n, unsigned seed)
{
    for (size_t i = 0; i < n; i++)
        assert_int_equal(p[i], (unsigned char)(i * 7 + seed));
}

static void
test_alloc_realloc_within_class_keeps_block(void **state)
{
    unsigned char *p = PyObject_Malloc(17);
    fill(p, 17, 1);
    assert_ptr_equal(PyObject_Realloc(p, 32), p);
    assert_filled(p, 17, 1);
    fill(p, 32, 2);
    assert_ptr_equal(PyObject_Realloc(p, 20), p);
    assert_filled(p, 20, 2);
    unsigned char *z = PyObject_Malloc(5);
    assert_ptr_equal(PyObject_Realloc(z, 0), z);
    PyObject_Free(z);
    PyObject_Free(p);
    assert_nothing_in_use();
}

static void
test_alloc_realloc_preserves_contents_across_classes_and_malloc(void **state)
{
    static const size_t steps[] = {10, 100, 400, 512, 5000, 100000, 300, 513, 8, 0};
    size_t prev = 0;
    unsigned char *p = NULL;
    for (size_t i = 0; i < sizeof steps / sizeof *steps; i++) {
        size_t n = steps[i];
        p = PyObject_Realloc(p, n);
        assert_non_null(p);
        assert_int_equal(rt_alloc_is_pool_block(p), n <= RT_SMALL_MAX);
        assert_int_equal(stats().large_in_use, n > RT_SMALL_MAX);
        assert_filled(p, prev < n ? prev : n, (unsigned)i);
        fill(p, n, (unsigned)i + 1);
        prev = n;
    }
    PyMem_Free(p);
    assert_nothing_in_use();
}

static void
test_alloc_realloc_null_allocates(void **state)
{
    void *p = PyObject_Realloc(NULL, 24);
    void *q = PyMem_Realloc(NULL, 2000);
    assert_true(rt_alloc_is_pool_block(p));
    assert_non_null(q);
    assert_false(rt_alloc_is_pool_block(q));
    PyObject_Free(p);
    PyObject_Free(q);
    assert_nothing_in_use();
}

// ---- calloc ------------------------------------------------------------------------------

static void
test_alloc_calloc_zeroes_reused_block(void **state)
{
    void *hold = PyObject_Malloc(64);
    unsigned char *p = PyObject_Malloc(64);
    memset(p, 0xab, 64);
    PyObject_Free(p);
    unsigned char *q = PyObject_Calloc(8, 8);
    assert_ptr_equal(q, p);
    for (size_t i = 0; i < 64; i++)
        assert_int_equal(q[i], 0);
    unsigned char *large = PyMem_Calloc(1000, 3);
    assert_false(rt_alloc_is_pool_block(large));
    for (size_t i = 0; i < 3000; i++)
        assert_int_equal(large[i], 0);
    void *empty = PyObject_Calloc(0, SIZE_MAX);
    assert_non_null(empty);
    PyObject_Free(empty);
    PyMem_Free(large);
    PyObject_Free(q);
    PyObject_Free(hold);
    assert_nothing_in_use();
}

static void
test_alloc_calloc_rejects_overflow(void **state)
{
    assert_null(PyObject_Calloc(SIZE_MAX / 2 + 1, 2));
    assert_null(PyObject_Calloc(SIZE_MAX, SIZE_MAX));
    assert_null(PyObject_Calloc((size_t)1 << 32, (size_t)1 << 32));
    assert_null(PyMem_Calloc(2, SIZE_MAX / 2 + 1));
    // No overflow, but more than any object may be.
    assert_null(PyObject_Calloc((size_t)PTRDIFF_MAX / 2 + 1, 2));
    assert_nothing_in_use();
}

// ---- statistics --------------------------------------------------------------------------

static void
test_alloc_stats_count_blocks_in_use_per_class(void **state)
{
    RtAllocStats before = stats();
    assert_stats_consistent(&before);
    void *a[10], *b[5], *big = PyObject_Malloc(4096);
    for (int i = 0; i < 10; i++)
        a[i] = PyObject_Malloc(64); // class 3
    for (int i = 0; i < 5; i++)
        b[i] = PyObject_Malloc(497); // class 31
    RtAllocStats s = stats();
    assert_stats_consistent(&s);
    for (unsigned c = 0; c < RT_SIZE_CLASSES; c++) {
        size_t extra = c == 3 ? 10 : c == 31 ? 5 : 0;
        assert_int_equal(s.blocks_in_use[c], before.blocks_in_use[c] + extra);
        assert_int_equal(s.pools_per_class[c], before.pools_per_class[c] + (extra != 0));
    }
    assert_int_equal(s.pools_in_use, before.pools_in_use + 2);
    assert_int_equal(s.large_in_use, before.large_in_use + 1);
    for (int i = 0; i < 10; i++)
        PyObject_Free(a[i]);
    for (int i = 0; i < 5; i++)
        PyObject_Free(b[i]);
    PyObject_Free(big);
    assert_nothing_in_use();
}

static void
test_alloc_stats_count_free_blocks_of_partly_used_pools(void **state)
{
    // 96-byte blocks (class 5) until a second pool opens: the first holds `capacity` blocks.
    void *blocks[400];
    size_t n = 0;
    while (n < 400) {
        blocks[n++] = PyObject_Malloc(96);
        if (stats().pools_per_class[5] == 2)
            break;
    }
    size_t capacity = n - 1;
    assert_true(capacity * 96 <= RT_POOL_SIZE && (capacity + 1) * 96 > RT_POOL_SIZE - 128);
    RtAllocStats s = stats();
    assert_int_equal(s.blocks_in_use[5], capacity + 1);
    assert_int_equal(s.blocks_free[5], capacity - 1);
    PyObject_Free(blocks[0]);
    PyObject_Free(blocks[1]);
    s = stats();
    assert_int_equal(s.blocks_in_use[5], capacity - 1);
    assert_int_equal(s.blocks_free[5], capacity + 1);
    for (size_t i = 2; i < n; i++)
        PyObject_Free(blocks[i]);
    assert_nothing_in_use();
}

// ---- arenas ------------------------------------------------------------------------------

static void
test_alloc_million_mixed_operations_then_free_all_releases_arenas(void **state)
{
    enum { SLOTS = 100000, OPS = 1000000 };
    unsigned char **slot = calloc(SLOTS, sizeof *slot);
    unsigned short *len = calloc(SLOTS, sizeof *len);
    size_t expect[RT_SIZE_CLASSES] = {0};
    size_t freed_before = stats().arenas_freed_total;
    uint64_t rng = 0x9e3779b97f4a7c15ULL;
    for (size_t op = 0; op < OPS; op++) {
        uint64_t r = next_random(&rng);
        size_t i = (size_t)(r >> 32) % SLOTS;
        if (slot[i] != NULL) {
            assert_filled(slot[i], len[i], (unsigned)i);
            expect[class_of(len[i])]--;
            PyObject_Free(slot[i]);
            slot[i] = NULL;
        } else {
            // The first half favours big blocks, the second small ones, to fragment arenas.
            size_t n = (size_t)(r & 0xffff) % (op < OPS / 2 ? RT_SMALL_MAX + 1 : 97);
            slot[i] = PyObject_Malloc(n);
            assert_non_null(slot[i]);
            len[i] = (unsigned short)n;
            fill(slot[i], n, (unsigned)i);
            expect[class_of(n)]++;
        }
        if (op % 50000 == 0) {
            RtAllocStats s = stats();
            assert_stats_consistent(&s);
            for (unsigned c = 0; c < RT_SIZE_CLASSES; c++)
                assert_int_equal(s.blocks_in_use[c], expect[c]);
        }
    }
    RtAllocStats mid = stats();
    assert_true(mid.arenas_highwater >= 8);
    for (size_t i = 0; i < SLOTS; i++) {
        if (slot[i] != NULL)
            assert_filled(slot[i], len[i], (unsigned)i);
        PyObject_Free(slot[i]);
    }
    free(slot);
    free(len);
    assert_nothing_in_use();
    assert_true(stats().arenas_freed_total > freed_before);
}

// Allocate `count` blocks of 64..127 bytes and free them in the order perm(i).
static void
churn_in_order(size_t count, size_t (*perm)(size_t i, size_t count))
{
    void **blocks = malloc(count * sizeof *blocks);
    for (size_t i = 0; i < count; i++)
        blocks[i] = PyObject_Malloc(64 + i % 64);
    assert_true(stats().arenas >= 10);
    size_t freed_before = stats().arenas_freed_total;
    for (size_t i = 0; i < count; i++) {
        size_t j = perm(i, count);
        PyObject_Free(blocks[j]);
        blocks[j] = NULL;
        if (i % 20000 == 0)
            assert_int_equal(rt_alloc_check(), 0);
    }
    for (size_t i = 0; i < count; i++)
        assert_null(blocks[i]); // perm was a permutation
    free(blocks);
    assert_nothing_in_use();
    assert_true(stats().arenas_freed_total >= freed_before + 9);
}

static size_t
reverse_order(size_t i, size_t count)
{
    return count - 1 - i;
}

static size_t
strided_order(size_t i, size_t count)
{
    return (i * 7919) % count; // 7919 is prime and does not divide count
}

static size_t
interleaved_order(size_t i, size_t count)
{
    return i < count / 2 ? 2 * i + 1 : 2 * (i - count / 2); // odd slots first, then even
}

static void
test_alloc_freeing_in_other_orders_returns_arenas(void **state)
{
    churn_in_order(200000, reverse_order);
    churn_in_order(200000, strided_order);
    churn_in_order(200000, interleaved_order);
}

static void
test_alloc_one_empty_arena_stays_mapped_against_thrash(void **state)
{
    void *p = PyObject_Malloc(100);
    PyObject_Free(p);
    RtAllocStats before = stats();
    assert_int_equal(before.arenas, 1);
    for (int i = 0; i < 1000; i++)
        PyObject_Free(PyObject_Malloc(100));
    RtAllocStats after = stats();
    assert_int_equal(after.arenas, 1);
    assert_int_equal(after.arenas_allocated_total, before.arenas_allocated_total);
}

static void
test_alloc_new_pools_come_from_fullest_arena(void **state)
{
    // Fill three arenas with 512-byte blocks, then free all but one pool of the first and all
    // but ten pools of the second: a pool for another class must come from the second.
    enum { PER_ARENA = 64 * 31, COUNT = 3 * PER_ARENA, KEEP_A = 1, KEEP_B = 10 };
    assert_int_equal(stats().pools_per_class[31], 0);
    assert_int_equal(stats().pools_per_class[0], 0);
    void **blocks = malloc(COUNT * sizeof *blocks);
    for (size_t i = 0; i < COUNT; i++)
        blocks[i] = PyObject_Malloc(512);
    uintptr_t arena_a = arena_base(blocks[0]);
    uintptr_t arena_b = arena_base(blocks[PER_ARENA]);
    uintptr_t arena_c = arena_base(blocks[2 * PER_ARENA]);
    assert_true(arena_a != arena_b && arena_b != arena_c && arena_a != arena_c);
    // Free the second arena's pools first, so that the first arena (which then gains more free
    // pools) has to move behind it in the list of usable arenas.
    const uintptr_t order[2] = {arena_b, arena_a};
    const size_t keep[2] = {KEEP_B, KEEP_A};
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < COUNT; i++) {
            if (blocks[i] == NULL || arena_base(blocks[i]) != order[pass])
                continue;
            if ((pool_base(blocks[i]) - order[pass]) / RT_POOL_SIZE >= keep[pass]) {
                PyObject_Free(blocks[i]);
                blocks[i] = NULL;
            }
        }
    }
    assert_int_equal(stats().pools_free, (size_t)(NPOOLS - KEEP_A) + (NPOOLS - KEEP_B));
    assert_int_equal(rt_alloc_check(), 0);
    void *probe = PyObject_Malloc(16);
    assert_int_equal(arena_base(probe), arena_b);
    PyObject_Free(probe);
    for (size_t i = 0; i < COUNT; i++)
        PyObject_Free(blocks[i]);
    free(blocks);
    assert_nothing_in_use();
}

// ---- failure and sanitizer behaviour (in a child process) --------------------------------

static int
run_in_child(void (*body)(void))
{
    fflush(NULL);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        body();
        _exit(0);
    }
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static void
exhaust_address_space(void)
{
    // Leave a few megabytes of address space, then allocate until the allocator says no.
    long pages = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (f == NULL || fscanf(f, "%ld", &pages) != 1)
        _exit(2);
    fclose(f);
    struct rlimit lim;
    lim.rlim_cur = lim.rlim_max = (rlim_t)pages * (rlim_t)sysconf(_SC_PAGESIZE) + (16u << 20);
    if (setrlimit(RLIMIT_AS, &lim) != 0)
        _exit(3);
    enum { MAX = 1 << 20 };
    static void *blocks[MAX];
    size_t n = 0;
    while (n < MAX && (blocks[n] = PyObject_Malloc(256)) != NULL)
        n++;
    if (n == MAX || n == 0)
        _exit(4);
    while (n > 0)
        PyObject_Free(blocks[--n]);
    void *again = PyObject_Malloc(256);
    _exit(again == NULL ? 5 : 0);
}

static void
test_alloc_exhausted_memory_returns_null(void **state)
{
    if (under_asan)
        skip(); // ASan reserves terabytes of shadow, so an address-space limit kills it
    if (getenv("KRAIT_TEST_EMULATOR") != NULL)
        skip(); // qemu-user maps its own memory in the process: the limit deadlocks it
    assert_int_equal(run_in_child(exhaust_address_space), 0);
}

static void
quiet_stderr(void)
{
    FILE *devnull = freopen("/dev/null", "w", stderr);
    (void)devnull;
}

static void
use_after_free(void)
{
    quiet_stderr();
    volatile char *p = PyObject_Malloc(48);
    PyObject_Free((void *)p);
    p[8] = 1;
}

static void
overrun_past_request(void)
{
    quiet_stderr();
    volatile char *p = PyObject_Malloc(20);
    p[20] = 1; // the block has 32 bytes, but only 20 were asked for
}

static void
double_free(void)
{
    quiet_stderr();
    void *keep = PyObject_Malloc(48);
    void *p = PyObject_Malloc(48);
    PyObject_Free(p);
    PyObject_Free(p);
    PyObject_Free(keep);
}

// Run as `test_alloc --malloc-mode-child` with KRAIT_MALLOC=malloc: small blocks bypass the pools.
static int
malloc_mode_child(void)
{
    void *small = PyObject_Malloc(16), *zero = PyObject_Calloc(0, 1);
    void *moved = PyObject_Realloc(PyObject_Malloc(600), 0);
    int ok = small && zero && moved && !rt_alloc_is_pool_block(small) &&
             !rt_alloc_is_pool_block(zero) && !rt_alloc_is_pool_block(moved) &&
             stats().large_in_use == 3 && stats().arenas == 0;
    PyObject_Free(small);
    PyObject_Free(zero);
    PyObject_Free(moved);
    return ok ? 0 : 1;
}

static const char *self_path;

static void
exec_malloc_mode_child(void)
{
    setenv("KRAIT_MALLOC", "malloc", 1);
    execl(self_path, self_path, "--malloc-mode-child", (char *)NULL);
    _exit(127);
}

static void
test_alloc_krait_malloc_env_sends_everything_to_malloc(void **state)
{
    if (!under_asan)
        skip(); // release builds keep the fast path free of the check
    assert_int_equal(run_in_child(exec_malloc_mode_child), 0);
}

static void
test_alloc_asan_catches_misuse_of_pool_blocks(void **state)
{
    if (!under_asan)
        skip();
    assert_int_not_equal(run_in_child(use_after_free), 0);
    assert_int_not_equal(run_in_child(overrun_past_request), 0);
    assert_int_not_equal(run_in_child(double_free), 0);
}

// ---- printed statistics (sys._debugmallocstats) -------------------------------------------

// The number after the '=' of the line that starts with label, thousands separators dropped.
static size_t
printed_value(const char *text, const char *label)
{
    const char *line = strstr(text, label);
    assert_non_null(line);
    const char *eq = strchr(line, '=');
    assert_non_null(eq);
    size_t n = 0;
    for (const char *p = eq + 1; *p != '\n'; p++) {
        if (*p >= '0' && *p <= '9')
            n = n * 10 + (size_t)(*p - '0');
    }
    return n;
}

static void
test_alloc_printed_stats_show_classes_and_add_up(void **state)
{
    enum { N = 100 };
    void *blocks[N];
    size_t before = rt_alloc_blocks_in_use();
    for (int i = 0; i < N; i++)
        blocks[i] = PyObject_Malloc(40); // the 48-byte class
    void *large = PyObject_Malloc(RT_SMALL_MAX + 1);
    assert_int_equal(rt_alloc_blocks_in_use(), before + N + 1);
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    rt_alloc_print_stats(out);
    fclose(out);
    RtAllocStats s = stats();
    assert_non_null(strstr(text, "Small block threshold = 512, in 32 size classes.\n"));
    assert_non_null(strstr(text, "class   size   num pools   blocks in use  avail blocks\n"));
    char row[80];
    snprintf(row, sizeof row, "\n    2     48 %11zu %15zu %13zu\n", s.pools_per_class[2],
             s.blocks_in_use[2], s.blocks_free[2]);
    assert_non_null(strstr(text, row));
    assert_null(strstr(text, "\n    0     16 ")); // classes without pools are left out
    assert_non_null(strstr(text, "# arenas allocated current         =  "));
    assert_int_equal(printed_value(text, "# arenas allocated current"), s.arenas);
    assert_int_equal(printed_value(text, "Total"), s.arenas * RT_ARENA_SIZE);
    assert_int_equal(printed_value(text, "# blocks allocated by malloc"), s.large_in_use);
    if (s.arenas == 1)
        assert_non_null(strstr(text, "=            1,048,576\n"));
    free(text);
    for (int i = 0; i < N; i++)
        PyObject_Free(blocks[i]);
    PyObject_Free(large);
    assert_int_equal(rt_alloc_blocks_in_use(), before);
}

int
main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "--malloc-mode-child") == 0)
        return malloc_mode_child();
    unsetenv("KRAIT_MALLOC"); // these tests are about the pools, whatever the caller set
    self_path = access("/proc/self/exe", X_OK) == 0 ? "/proc/self/exe" : argv[0];
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_alloc_size_class_maps_16_byte_steps),
        cmocka_unit_test(test_alloc_every_size_gets_aligned_block_of_its_class),
        cmocka_unit_test(test_alloc_fresh_pool_carves_blocks_of_class_size),
        cmocka_unit_test(test_alloc_zero_bytes_gives_unique_block),
        cmocka_unit_test(test_alloc_freed_blocks_are_reused_lifo),
        cmocka_unit_test(test_alloc_block_freed_from_full_pool_is_reused_first),
        cmocka_unit_test(test_alloc_pools_with_free_blocks_are_used_before_new_ones),
        cmocka_unit_test(test_alloc_large_blocks_are_not_pool_blocks),
        cmocka_unit_test(test_alloc_impossible_sizes_return_null),
        cmocka_unit_test(test_alloc_realloc_within_class_keeps_block),
        cmocka_unit_test(test_alloc_realloc_preserves_contents_across_classes_and_malloc),
        cmocka_unit_test(test_alloc_realloc_null_allocates),
        cmocka_unit_test(test_alloc_calloc_zeroes_reused_block),
        cmocka_unit_test(test_alloc_calloc_rejects_overflow),
        cmocka_unit_test(test_alloc_stats_count_blocks_in_use_per_class),
        cmocka_unit_test(test_alloc_stats_count_free_blocks_of_partly_used_pools),
        cmocka_unit_test(test_alloc_million_mixed_operations_then_free_all_releases_arenas),
        cmocka_unit_test(test_alloc_freeing_in_other_orders_returns_arenas),
        cmocka_unit_test(test_alloc_one_empty_arena_stays_mapped_against_thrash),
        cmocka_unit_test(test_alloc_new_pools_come_from_fullest_arena),
        cmocka_unit_test(test_alloc_exhausted_memory_returns_null),
        cmocka_unit_test(test_alloc_asan_catches_misuse_of_pool_blocks),
        cmocka_unit_test(test_alloc_krait_malloc_env_sends_everything_to_malloc),
        cmocka_unit_test(test_alloc_printed_stats_show_classes_and_add_up),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
