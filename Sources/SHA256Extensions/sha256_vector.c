// The SHA-256 block function for x86 CPUs without the SHA extensions (most Intel Xeons before
// Ice Lake), where every input byte still passes through it: the Swift code runs at about
// 175 MB/s there and took a fifth of a whole run. Two things make this faster:
// - the message schedule is computed four words at a time in SSE registers, interleaved with
//   the rounds that use the words before it, so the two chains overlap in the core;
// - the rounds are written out with the working variables renamed rather than moved, reuse
//   last round's a^b for the majority function, and, with BMI2, rotate without a copy (rorx).
// One body is compiled twice: for AVX2+BMI2 (VEX-encoded, three-operand) and for SSSE3.
#include "sha256_extensions.h"

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#include "sha256_round_constants.h"
#include "x86_features.h"

#define ROTATE(x, n) (((x) >> (n)) | ((x) << (32 - (n))))
#define BIG_SIGMA0(x) (ROTATE(x, 2) ^ ROTATE(x, 13) ^ ROTATE(x, 22))
#define BIG_SIGMA1(x) (ROTATE(x, 6) ^ ROTATE(x, 11) ^ ROTATE(x, 25))
#define CHOOSE(e, f, g) ((g) ^ ((e) & ((f) ^ (g))))

// Maj(a, b, c) = b ^ ((a ^ b) & (b ^ c)); the next round's b ^ c is this round's a ^ b.
#define ROUND(a, b, c, d, e, f, g, h, word) do { \
        uint32_t t1 = (h) + BIG_SIGMA1(e) + CHOOSE(e, f, g) + (word); \
        uint32_t a_xor_b = (a) ^ (b); \
        (d) += t1; \
        (h) = t1 + BIG_SIGMA0(a) + ((b) ^ (a_xor_b & b_xor_c)); \
        b_xor_c = a_xor_b; \
    } while (0)

// Four rounds starting at an even or an odd multiple of four, where the names have turned by four.
#define ROUNDS_EVEN(w) do { \
        ROUND(a, b, c, d, e, f, g, h, (w)[0]); ROUND(h, a, b, c, d, e, f, g, (w)[1]); \
        ROUND(g, h, a, b, c, d, e, f, (w)[2]); ROUND(f, g, h, a, b, c, d, e, (w)[3]); \
    } while (0)
#define ROUNDS_ODD(w) do { \
        ROUND(e, f, g, h, a, b, c, d, (w)[0]); ROUND(d, e, f, g, h, a, b, c, (w)[1]); \
        ROUND(c, d, e, f, g, h, a, b, (w)[2]); ROUND(b, c, d, e, f, g, h, a, (w)[3]); \
    } while (0)

// σ0 and σ1 on four words; the two halves of a rotation never overlap, so they are XORed.
#define SHIFT_RIGHT(x, n) _mm_srli_epi32(x, n)
#define SHIFT_LEFT(x, n) _mm_slli_epi32(x, n)
#define XOR(x, y) _mm_xor_si128(x, y)
#define SMALL_SIGMA0(x) XOR(XOR(XOR(SHIFT_RIGHT(x, 7), SHIFT_LEFT(x, 25)), XOR(SHIFT_RIGHT(x, 18), SHIFT_LEFT(x, 14))), SHIFT_RIGHT(x, 3))
#define SMALL_SIGMA1(x) XOR(XOR(XOR(SHIFT_RIGHT(x, 17), SHIFT_LEFT(x, 15)), XOR(SHIFT_RIGHT(x, 19), SHIFT_LEFT(x, 13))), SHIFT_RIGHT(x, 10))

// W[t…t+3] = σ1(W[t-2…t+1]) + W[t-7…t-4] + σ0(W[t-15…t-12]) + W[t-16…t-13], replacing the
// oldest four words. σ1 needs W[t] and W[t+1] for the upper two lanes, so it is added in two
// halves; σ1 of the zero lanes is zero.
#define SCHEDULE(x0, x1, x2, x3) do { \
        __m128i sum = _mm_add_epi32(_mm_add_epi32(x0, SMALL_SIGMA0(_mm_alignr_epi8(x1, x0, 4))), _mm_alignr_epi8(x3, x2, 4)); \
        sum = _mm_add_epi32(sum, SMALL_SIGMA1(_mm_srli_si128(x3, 8))); \
        x0 = _mm_add_epi32(sum, SMALL_SIGMA1(_mm_slli_si128(sum, 8))); \
    } while (0)
#define STORE_WORDS(t, x) \
    _mm_store_si128((__m128i *)&words[t], _mm_add_epi32(x, _mm_load_si128((const __m128i *)&ogi_sha256_round_constants[t])))
#define LOAD_WORDS(offset) _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + (offset))), byte_swap)

#define COMPRESS_BODY \
    const __m128i byte_swap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL); \
    uint32_t words[64] __attribute__((aligned(16))); /* W[t] + K[t] */ \
    uint32_t a = state[0], b = state[1], c = state[2], d = state[3]; \
    uint32_t e = state[4], f = state[5], g = state[6], h = state[7]; \
    for (; blocks > 0; blocks--, data += 64) { \
        uint32_t b_xor_c = b ^ c; \
        __m128i x0 = LOAD_WORDS(0), x1 = LOAD_WORDS(16), x2 = LOAD_WORDS(32), x3 = LOAD_WORDS(48); \
        STORE_WORDS(0, x0); STORE_WORDS(4, x1); STORE_WORDS(8, x2); STORE_WORDS(12, x3); \
        for (int t = 0; t < 48; t += 16) { \
            SCHEDULE(x0, x1, x2, x3); STORE_WORDS(t + 16, x0); ROUNDS_EVEN(words + t); \
            SCHEDULE(x1, x2, x3, x0); STORE_WORDS(t + 20, x1); ROUNDS_ODD(words + t + 4); \
            SCHEDULE(x2, x3, x0, x1); STORE_WORDS(t + 24, x2); ROUNDS_EVEN(words + t + 8); \
            SCHEDULE(x3, x0, x1, x2); STORE_WORDS(t + 28, x3); ROUNDS_ODD(words + t + 12); \
        } \
        ROUNDS_EVEN(words + 48); ROUNDS_ODD(words + 52); ROUNDS_EVEN(words + 56); ROUNDS_ODD(words + 60); \
        a = state[0] += a; b = state[1] += b; c = state[2] += c; d = state[3] += d; \
        e = state[4] += e; f = state[5] += f; g = state[6] += g; h = state[7] += h; \
    }

int ogi_sha256_vector_level(void) {
    struct ogi_x86_features features = ogi_x86_features();
    if (!features.ssse3) return 0;
    return features.avx2 && features.bmi2 ? 2 : 1;
}

__attribute__((target("avx2,bmi2")))
void ogi_sha256_compress_avx2(uint32_t state[8], const uint8_t *data, size_t blocks) {
    COMPRESS_BODY
}

__attribute__((target("ssse3")))
void ogi_sha256_compress_ssse3(uint32_t state[8], const uint8_t *data, size_t blocks) {
    COMPRESS_BODY
}

#else

int ogi_sha256_vector_level(void) { return 0; }

void ogi_sha256_compress_avx2(uint32_t state[8], const uint8_t *data, size_t blocks) {
    (void)state; (void)data; (void)blocks;
}

void ogi_sha256_compress_ssse3(uint32_t state[8], const uint8_t *data, size_t blocks) {
    (void)state; (void)data; (void)blocks;
}

#endif
