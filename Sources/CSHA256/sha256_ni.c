// SHA-256 compression with the x86 SHA extensions (SHA-NI), chosen at run time by the Swift SHA256 when the
// CPU has them. The instruction sequence follows Intel's "Intel SHA Extensions" white paper (2013): state
// held as ABEF/CDGH, four rounds per message vector, the schedule extended with sha256msg1/sha256msg2.
// The functions carry their own target attributes, so the package needs no compiler flags.

#include "CSHA256.h"

#if defined(__x86_64__) || defined(__i386__)

#include <cpuid.h>
#include <immintrin.h>

int kinerja_sha256_ni_available(void) {
    unsigned int eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return 0;
    int ssse3 = (ecx >> 9) & 1, sse41 = (ecx >> 19) & 1;
    if (__get_cpuid_max(0, 0) < 7) return 0;
    __cpuid_count(7, 0, eax, ebx, ecx, edx);
    int sha = (ebx >> 29) & 1;
    return ssse3 && sse41 && sha;
}

static const uint32_t round_constants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

// Round group `i` (four rounds) of a block, `wk` its message words plus round constants, extending the message
// schedule in `w` (the block's first 16 words, big-endian, at group 0) as it goes: updates `state0` and
// `state1` (ABEF and CDGH).
#define KINERJA_SHA256_ROUNDS(i, state0, state1, w, wk) \
    do { \
        state1 = _mm_sha256rnds2_epu32(state1, state0, wk); \
        state0 = _mm_sha256rnds2_epu32(state0, state1, _mm_shuffle_epi32(wk, 0x0E)); \
        if (i < 12) { \
            /* Words 4i+16..4i+19 from words 4i.., 4i+4.., 4i+8.., 4i+12.., into the slot just used. */ \
            __m128i next = _mm_sha256msg1_epu32(w[i & 3], w[(i + 1) & 3]); \
            next = _mm_add_epi32(next, _mm_alignr_epi8(w[(i + 3) & 3], w[(i + 2) & 3], 4)); \
            w[i & 3] = _mm_sha256msg2_epu32(next, w[(i + 3) & 3]); \
        } \
    } while (0)

// H0..H7 as ABEF and CDGH, the order sha256rnds2 takes (lanes named high to low, as Intel does).
__attribute__((target("sha,sse4.1,ssse3")))
static inline void load_state(const uint32_t state[8], __m128i *state0, __m128i *state1) {
    __m128i tmp = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&state[0]), 0xB1);  // CDAB
    __m128i efgh = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&state[4]), 0x1B);  // EFGH
    *state0 = _mm_alignr_epi8(tmp, efgh, 8);  // ABEF
    *state1 = _mm_blend_epi16(efgh, tmp, 0xF0);  // CDGH
}

__attribute__((target("sha,sse4.1,ssse3")))
static inline void store_state(uint32_t state[8], __m128i state0, __m128i state1) {
    __m128i tmp = _mm_shuffle_epi32(state0, 0x1B);  // FEBA
    state1 = _mm_shuffle_epi32(state1, 0xB1);  // DCHG
    _mm_storeu_si128((__m128i *)&state[0], _mm_blend_epi16(tmp, state1, 0xF0));  // DCBA
    _mm_storeu_si128((__m128i *)&state[4], _mm_alignr_epi8(state1, tmp, 8));  // HGFE
}

// Big-endian words from the message bytes.
__attribute__((target("sha,sse4.1,ssse3")))
static inline void load_block(const uint8_t *block, __m128i w[4]) {
    const __m128i byte_swap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    for (int i = 0; i < 4; i++) w[i] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(block + 16 * i)), byte_swap);
}

__attribute__((target("sha,sse4.1,ssse3")))
void kinerja_sha256_ni_compress(uint32_t state[8], const uint8_t *blocks, size_t count) {
    __m128i state0, state1;
    load_state(state, &state0, &state1);
    for (; count > 0; count--, blocks += 64) {
        const __m128i abef = state0, cdgh = state1;
        __m128i w[4];  // w[i & 3] holds message words 4i..4i+3 of round group i
        load_block(blocks, w);
        for (int i = 0; i < 16; i++) {
            __m128i wk = _mm_add_epi32(w[i & 3], _mm_loadu_si128((const __m128i *)&round_constants[4 * i]));
            KINERJA_SHA256_ROUNDS(i, state0, state1, w, wk);
        }
        state0 = _mm_add_epi32(state0, abef);
        state1 = _mm_add_epi32(state1, cdgh);
    }
    store_state(state, state0, state1);
}

// Two messages' blocks side by side: each round waits for the one before it of the same message, and the
// other message's round fills the wait (some 1.5 times the bytes per second of one message at a time).
__attribute__((target("sha,sse4.1,ssse3")))
void kinerja_sha256_ni_compress2(
    uint32_t state_a[8], const uint8_t *blocks_a, uint32_t state_b[8], const uint8_t *blocks_b, size_t count) {
    __m128i a0, a1, b0, b1;
    load_state(state_a, &a0, &a1);
    load_state(state_b, &b0, &b1);
    for (; count > 0; count--, blocks_a += 64, blocks_b += 64) {
        const __m128i a_abef = a0, a_cdgh = a1, b_abef = b0, b_cdgh = b1;
        __m128i wa[4], wb[4];
        load_block(blocks_a, wa);
        load_block(blocks_b, wb);
        for (int i = 0; i < 16; i++) {
            const __m128i k = _mm_loadu_si128((const __m128i *)&round_constants[4 * i]);
            const __m128i wka = _mm_add_epi32(wa[i & 3], k), wkb = _mm_add_epi32(wb[i & 3], k);
            KINERJA_SHA256_ROUNDS(i, a0, a1, wa, wka);
            KINERJA_SHA256_ROUNDS(i, b0, b1, wb, wkb);
        }
        a0 = _mm_add_epi32(a0, a_abef);
        a1 = _mm_add_epi32(a1, a_cdgh);
        b0 = _mm_add_epi32(b0, b_abef);
        b1 = _mm_add_epi32(b1, b_cdgh);
    }
    store_state(state_a, a0, a1);
    store_state(state_b, b0, b1);
}

#else

int kinerja_sha256_ni_available(void) { return 0; }

void kinerja_sha256_ni_compress(uint32_t state[8], const uint8_t *blocks, size_t count) {
    (void)state;
    (void)blocks;
    (void)count;
}

void kinerja_sha256_ni_compress2(
    uint32_t state_a[8], const uint8_t *blocks_a, uint32_t state_b[8], const uint8_t *blocks_b, size_t count) {
    (void)state_a;
    (void)blocks_a;
    (void)state_b;
    (void)blocks_b;
    (void)count;
}

#endif
