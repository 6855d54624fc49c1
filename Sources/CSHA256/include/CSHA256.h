#ifndef KINERJA_CSHA256_H
#define KINERJA_CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// Whether this CPU has the SHA extensions (SHA-NI) and the SSSE3 and SSE4.1 instructions they are used with.
/// Always 0 off x86.
int kinerja_sha256_ni_available(void);

/// Runs the SHA-256 compression function over `count` consecutive 64-byte blocks at `blocks`, updating the
/// eight hash words in `state` (H0...H7, native byte order). Call only when kinerja_sha256_ni_available().
void kinerja_sha256_ni_compress(uint32_t state[8], const uint8_t *blocks, size_t count);

/// Runs the compression function over `count` blocks of each of two messages at once, side by side: the blocks
/// at `blocks_a` into `state_a`, those at `blocks_b` into `state_b`. The same as two calls of
/// kinerja_sha256_ni_compress, in less time. Call only when kinerja_sha256_ni_available().
void kinerja_sha256_ni_compress2(
    uint32_t state_a[8], const uint8_t *blocks_a, uint32_t state_b[8], const uint8_t *blocks_b, size_t count);

/// Asks the CPU to bring the cache line at `address` into its caches, without waiting for it (a hint: it never
/// faults, whatever the address). For lookups into tables larger than the caches, made a few steps ahead.
static inline void kinerja_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
