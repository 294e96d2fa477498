// UTF-8 validation 32 bytes at a time, after Keiser and Lemire, "Validating UTF-8 in less than
// one instruction per byte" (2021): each byte's flaws are read from three 16-entry tables,
// indexed by the high and low nibbles of the byte before it and the high nibble of the byte
// itself, and ANDed; what the tables cannot see (the third and fourth bytes of a character)
// is checked from the bytes two and three back.
#include "utf8_vector.h"

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>

// One bit per kind of flaw a pair of bytes can show.
#define TOO_SHORT (1 << 0)       // a lead byte, then no continuation byte
#define TOO_LONG (1 << 1)        // a continuation byte after an ASCII byte
#define OVERLONG_3 (1 << 2)      // E0 80..9F
#define TOO_LARGE (1 << 3)       // F4 90..BF, or F5..FF
#define SURROGATE (1 << 4)       // ED A0..BF
#define OVERLONG_2 (1 << 5)      // C0 or C1
#define TOO_LARGE_1000 (1 << 6)  // F5..FF 80..8F
#define OVERLONG_4 (1 << 6)      // F0 80..8F
#define TWO_CONTINUATIONS (1 << 7)
#define CARRY (TOO_SHORT | TOO_LONG | TWO_CONTINUATIONS)

int ogi_utf8_vector_available(void) {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2");
}

__attribute__((target("avx2")))
static inline __m256i lookup(__m256i nibbles, __m256i table) {
    return _mm256_shuffle_epi8(table, nibbles);
}

__attribute__((target("avx2")))
static inline __m256i high_nibbles(__m256i bytes) {
    return _mm256_and_si256(_mm256_srli_epi16(bytes, 4), _mm256_set1_epi8(0x0F));
}

// The 32 bytes starting `n` bytes before `input`, the first ones from `previous`.
#define BYTES_BEFORE(input, previous, n) \
    _mm256_alignr_epi8((input), _mm256_permute2x128_si256((previous), (input), 0x21), 16 - (n))

// A 16-entry table, in both 128-bit halves, as `_mm256_shuffle_epi8` reads it.
#define TABLE(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p) _mm256_setr_epi8( \
    (char)(a), (char)(b), (char)(c), (char)(d), (char)(e), (char)(f), (char)(g), (char)(h), \
    (char)(i), (char)(j), (char)(k), (char)(l), (char)(m), (char)(n), (char)(o), (char)(p), \
    (char)(a), (char)(b), (char)(c), (char)(d), (char)(e), (char)(f), (char)(g), (char)(h), \
    (char)(i), (char)(j), (char)(k), (char)(l), (char)(m), (char)(n), (char)(o), (char)(p))

#define LARGE (CARRY | TOO_LARGE | TOO_LARGE_1000)
#define SECOND_8 (TOO_LONG | OVERLONG_2 | TWO_CONTINUATIONS | OVERLONG_3 | TOO_LARGE_1000 | OVERLONG_4)
#define SECOND_9 (TOO_LONG | OVERLONG_2 | TWO_CONTINUATIONS | OVERLONG_3 | TOO_LARGE)
#define SECOND_AB (TOO_LONG | OVERLONG_2 | TWO_CONTINUATIONS | SURROGATE | TOO_LARGE)

__attribute__((target("avx2")))
static __m256i flaws(__m256i input, __m256i previous) {
    // By the high nibble of the byte before: ASCII, continuation, then the four kinds of lead.
    const __m256i first_high = TABLE(
        TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG,
        TWO_CONTINUATIONS, TWO_CONTINUATIONS, TWO_CONTINUATIONS, TWO_CONTINUATIONS,
        TOO_SHORT | OVERLONG_2, TOO_SHORT, TOO_SHORT | OVERLONG_3 | SURROGATE,
        TOO_SHORT | TOO_LARGE | TOO_LARGE_1000 | OVERLONG_4);
    // By its low nibble.
    const __m256i first_low = TABLE(
        CARRY | OVERLONG_3 | OVERLONG_2 | OVERLONG_4, CARRY | OVERLONG_2, CARRY, CARRY,
        CARRY | TOO_LARGE, LARGE, LARGE, LARGE, LARGE, LARGE, LARGE, LARGE, LARGE,
        LARGE | SURROGATE, LARGE, LARGE);
    // By the high nibble of the byte itself: ASCII, 80..8F, 90..9F, A0..BF, then leads.
    const __m256i second_high = TABLE(
        TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT,
        SECOND_8, SECOND_9, SECOND_AB, SECOND_AB, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT);
    __m256i before1 = BYTES_BEFORE(input, previous, 1);
    __m256i pairs = _mm256_and_si256(
        _mm256_and_si256(lookup(high_nibbles(before1), first_high),
                         lookup(_mm256_and_si256(before1, _mm256_set1_epi8(0x0F)), first_low)),
        lookup(high_nibbles(input), second_high));
    // A byte must be the third or fourth of a character when the byte two back is E0..FF or
    // the byte three back is F0..FF: only then may it be a continuation after a continuation.
    __m256i third = _mm256_subs_epu8(BYTES_BEFORE(input, previous, 2), _mm256_set1_epi8((char)(0xE0 - 0x80)));
    __m256i fourth = _mm256_subs_epu8(BYTES_BEFORE(input, previous, 3), _mm256_set1_epi8((char)(0xF0 - 0x80)));
    __m256i must_continue = _mm256_and_si256(_mm256_or_si256(third, fourth), _mm256_set1_epi8((char)0x80));
    return _mm256_xor_si256(must_continue, pairs);
}

// Nonzero in the last three bytes where a character starts that needs more bytes than remain.
__attribute__((target("avx2")))
static __m256i incomplete(__m256i input) {
    const __m256i largest = _mm256_setr_epi8(
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        (char)(0xF0 - 1), (char)(0xE0 - 1), (char)(0xC0 - 1));
    return _mm256_subs_epu8(input, largest);
}

__attribute__((target("avx2")))
int ogi_utf8_is_valid_avx2(const uint8_t *data, size_t length) {
    __m256i error = _mm256_setzero_si256();
    __m256i previous = _mm256_setzero_si256();
    __m256i pending = _mm256_setzero_si256();
    size_t offset = 0;
    for (; offset + 32 <= length; offset += 32) {
        __m256i input = _mm256_loadu_si256((const __m256i *)(data + offset));
        if (_mm256_movemask_epi8(input) == 0) {
            // ASCII: nothing to check but a character the last block left unfinished.
            error = _mm256_or_si256(error, pending);
            pending = _mm256_setzero_si256();
        } else {
            error = _mm256_or_si256(error, flaws(input, previous));
            pending = incomplete(input);
        }
        previous = input;
    }
    if (offset < length) {
        // The rest, padded with zero bytes: ASCII, so a character cut off here is too short.
        uint8_t tail[32] = {0};
        for (size_t index = 0; offset + index < length; index++) tail[index] = data[offset + index];
        __m256i input = _mm256_loadu_si256((const __m256i *)tail);
        error = _mm256_or_si256(error, flaws(input, previous));
    } else {
        error = _mm256_or_si256(error, pending);
    }
    return _mm256_testz_si256(error, error);
}

#else

int ogi_utf8_vector_available(void) { return 0; }
int ogi_utf8_is_valid_avx2(const uint8_t *data, size_t length) { (void)data; (void)length; return 0; }

#endif
