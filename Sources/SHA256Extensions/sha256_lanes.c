// SHA-256 of eight messages at once, one in each 32-bit lane of a 256-bit register, for x86
// CPUs without the SHA extensions. One message's rounds form a single dependency chain that
// the single-message code (sha256_vector.c) cannot shorten; eight independent chains fill the
// vector units instead. On an Intel Xeon without SHA-NI, over eight 256 KB buffers, the
// single-message code hashed 175 MB/s, this one 580 MB/s with AVX2 and 876 MB/s with
// AVX-512VL, whose rotate and three-input logic instructions halve the instructions of a round.
// One body is compiled twice: for AVX2, and for AVX-512F+VL on the same 256-bit registers.
#include "sha256_extensions.h"

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#include "sha256_round_constants.h"
#include "x86_features.h"

#define ADD(x, y) _mm256_add_epi32(x, y)

// AVX2 has neither a rotate nor a three-input logic instruction.
#define AVX2_ROTATE(x, n) _mm256_or_si256(_mm256_srli_epi32(x, n), _mm256_slli_epi32(x, 32 - (n)))
#define AVX2_XOR3(x, y, z) _mm256_xor_si256(_mm256_xor_si256(x, y), z)
#define AVX2_CHOOSE(e, f, g) _mm256_xor_si256(g, _mm256_and_si256(e, _mm256_xor_si256(f, g)))
#define AVX2_MAJORITY(a, b, c) _mm256_or_si256(_mm256_and_si256(a, b), _mm256_and_si256(c, _mm256_or_si256(a, b)))

// The truth tables of x^y^z, e ? f : g and majority(a, b, c) as vpternlogd immediates.
#define AVX512_ROTATE(x, n) _mm256_ror_epi32(x, n)
#define AVX512_XOR3(x, y, z) _mm256_ternarylogic_epi32(x, y, z, 0x96)
#define AVX512_CHOOSE(e, f, g) _mm256_ternarylogic_epi32(e, f, g, 0xca)
#define AVX512_MAJORITY(a, b, c) _mm256_ternarylogic_epi32(a, b, c, 0xe8)

// Rows of eight words, one row per lane, become one register per word, and back.
#define TRANSPOSE(r) do { \
        __m256i t0 = _mm256_unpacklo_epi32(r[0], r[1]), t1 = _mm256_unpackhi_epi32(r[0], r[1]); \
        __m256i t2 = _mm256_unpacklo_epi32(r[2], r[3]), t3 = _mm256_unpackhi_epi32(r[2], r[3]); \
        __m256i t4 = _mm256_unpacklo_epi32(r[4], r[5]), t5 = _mm256_unpackhi_epi32(r[4], r[5]); \
        __m256i t6 = _mm256_unpacklo_epi32(r[6], r[7]), t7 = _mm256_unpackhi_epi32(r[6], r[7]); \
        __m256i u0 = _mm256_unpacklo_epi64(t0, t2), u1 = _mm256_unpackhi_epi64(t0, t2); \
        __m256i u2 = _mm256_unpacklo_epi64(t1, t3), u3 = _mm256_unpackhi_epi64(t1, t3); \
        __m256i u4 = _mm256_unpacklo_epi64(t4, t6), u5 = _mm256_unpackhi_epi64(t4, t6); \
        __m256i u6 = _mm256_unpacklo_epi64(t5, t7), u7 = _mm256_unpackhi_epi64(t5, t7); \
        r[0] = _mm256_permute2x128_si256(u0, u4, 0x20); r[4] = _mm256_permute2x128_si256(u0, u4, 0x31); \
        r[1] = _mm256_permute2x128_si256(u1, u5, 0x20); r[5] = _mm256_permute2x128_si256(u1, u5, 0x31); \
        r[2] = _mm256_permute2x128_si256(u2, u6, 0x20); r[6] = _mm256_permute2x128_si256(u2, u6, 0x31); \
        r[3] = _mm256_permute2x128_si256(u3, u7, 0x20); r[7] = _mm256_permute2x128_si256(u3, u7, 0x31); \
    } while (0)

// The rounds as FIPS 180-4 writes them; the compiler unrolls the loop and renames the
// working variables. The schedule keeps the last sixteen words in a ring.
#define COMPRESS_LANES_BODY(ROTATE, XOR3, CHOOSE, MAJORITY) \
    const __m256i byte_swap = _mm256_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL, \
                                                0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL); \
    __m256i state[8]; \
    for (int lane = 0; lane < 8; lane++) state[lane] = _mm256_loadu_si256((const __m256i *)(states + 8 * lane)); \
    TRANSPOSE(state); \
    for (size_t block = 0; block < blocks; block++) { \
        __m256i w[16]; \
        for (int half = 0; half < 2; half++) { \
            for (int lane = 0; lane < 8; lane++) \
                w[8 * half + lane] = _mm256_loadu_si256((const __m256i *)(data[lane] + 64 * block + 32 * half)); \
            TRANSPOSE((w + 8 * half)); \
        } \
        __m256i a = state[0], b = state[1], c = state[2], d = state[3]; \
        __m256i e = state[4], f = state[5], g = state[6], h = state[7]; \
        for (int t = 0; t < 64; t++) { \
            __m256i word; \
            if (t < 16) { \
                word = w[t] = _mm256_shuffle_epi8(w[t], byte_swap); \
            } else { \
                __m256i early = w[(t - 15) & 15], late = w[(t - 2) & 15]; \
                __m256i sigma0 = XOR3(ROTATE(early, 7), ROTATE(early, 18), _mm256_srli_epi32(early, 3)); \
                __m256i sigma1 = XOR3(ROTATE(late, 17), ROTATE(late, 19), _mm256_srli_epi32(late, 10)); \
                word = w[t & 15] = ADD(ADD(w[t & 15], sigma0), ADD(w[(t - 7) & 15], sigma1)); \
            } \
            __m256i t1 = ADD(ADD(h, XOR3(ROTATE(e, 6), ROTATE(e, 11), ROTATE(e, 25))), \
                             ADD(CHOOSE(e, f, g), ADD(word, _mm256_set1_epi32((int)ogi_sha256_round_constants[t])))); \
            __m256i t2 = ADD(XOR3(ROTATE(a, 2), ROTATE(a, 13), ROTATE(a, 22)), MAJORITY(a, b, c)); \
            h = g; g = f; f = e; e = ADD(d, t1); d = c; c = b; b = a; a = ADD(t1, t2); \
        } \
        state[0] = ADD(state[0], a); state[1] = ADD(state[1], b); state[2] = ADD(state[2], c); state[3] = ADD(state[3], d); \
        state[4] = ADD(state[4], e); state[5] = ADD(state[5], f); state[6] = ADD(state[6], g); state[7] = ADD(state[7], h); \
    } \
    TRANSPOSE(state); \
    for (int lane = 0; lane < 8; lane++) _mm256_storeu_si256((__m256i *)(states + 8 * lane), state[lane]);

int ogi_sha256_lanes_level(void) {
    struct ogi_x86_features features = ogi_x86_features();
    if (!features.avx2) return 0;
    return features.avx512 ? 2 : 1;
}

__attribute__((target("avx2")))
void ogi_sha256_compress_lanes_avx2(uint32_t states[64], const uint8_t *const data[8], size_t blocks) {
    COMPRESS_LANES_BODY(AVX2_ROTATE, AVX2_XOR3, AVX2_CHOOSE, AVX2_MAJORITY)
}

__attribute__((target("avx2,avx512f,avx512vl")))
void ogi_sha256_compress_lanes_avx512(uint32_t states[64], const uint8_t *const data[8], size_t blocks) {
    COMPRESS_LANES_BODY(AVX512_ROTATE, AVX512_XOR3, AVX512_CHOOSE, AVX512_MAJORITY)
}

#else

int ogi_sha256_lanes_level(void) { return 0; }

void ogi_sha256_compress_lanes_avx2(uint32_t states[64], const uint8_t *const data[8], size_t blocks) {
    (void)states; (void)data; (void)blocks;
}

void ogi_sha256_compress_lanes_avx512(uint32_t states[64], const uint8_t *const data[8], size_t blocks) {
    (void)states; (void)data; (void)blocks;
}

#endif
