// The SHA-256 block function on the x86 SHA extensions (SHA-NI), which every input byte of a
// run passes through: in Swift it ran at about 200 MB/s and took a quarter of the time of an
// HTML report; these instructions do several times that. The instruction sequence follows
// Intel's published description of the extensions ("Intel SHA Extensions", 2013). x86 CPUs
// without them use sha256_vector.c; other architectures the portable Swift code in OGIETL's
// SHA256.swift.
#include "sha256_extensions.h"

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#include "sha256_round_constants.h"
#include "x86_features.h"

// The round constants: the first 32 bits of the fractional parts of the cube roots of the first
// 64 primes; shared with sha256_vector.c, which loads them four at a time from aligned memory.
__attribute__((aligned(16))) const uint32_t ogi_sha256_round_constants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

int ogi_sha256_extensions_available(void) {
    struct ogi_x86_features features = ogi_x86_features();
    return features.ssse3 && features.sse41 && features.sha;
}

__attribute__((target("sha,sse4.1,ssse3")))
void ogi_sha256_compress_extensions(uint32_t state[8], const uint8_t *data, size_t blocks) {
    const __m128i byte_swap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    // The instructions keep the state as ABEF and CDGH.
    __m128i cdab = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&state[0]), 0xB1);
    __m128i efgh = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&state[4]), 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);

    for (; blocks > 0; blocks--, data += 64) {
        const __m128i abef_saved = abef, cdgh_saved = cdgh;
        // schedule[i & 3] holds message words 4i…4i+3.
        __m128i schedule[4];
        for (int i = 0; i < 4; i++) {
            schedule[i] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 16 * i)), byte_swap);
        }
        for (int i = 0; i < 16; i++) {
            __m128i words = _mm_add_epi32(schedule[i & 3], _mm_loadu_si128((const __m128i *)&ogi_sha256_round_constants[4 * i]));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, words);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(words, 0x0E));
            if (i < 12) {
                // W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16] for the next four words.
                __m128i next = _mm_sha256msg1_epu32(schedule[i & 3], schedule[(i + 1) & 3]);
                next = _mm_add_epi32(next, _mm_alignr_epi8(schedule[(i + 3) & 3], schedule[(i + 2) & 3], 4));
                schedule[i & 3] = _mm_sha256msg2_epu32(next, schedule[(i + 3) & 3]);
            }
        }
        abef = _mm_add_epi32(abef, abef_saved);
        cdgh = _mm_add_epi32(cdgh, cdgh_saved);
    }

    __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128((__m128i *)&state[0], _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128((__m128i *)&state[4], _mm_alignr_epi8(dchg, feba, 8));
}

#else

int ogi_sha256_extensions_available(void) { return 0; }

void ogi_sha256_compress_extensions(uint32_t state[8], const uint8_t *data, size_t blocks) {
    (void)state; (void)data; (void)blocks;
}

#endif
