#ifndef OGI_SHA256_EXTENSIONS_H
#define OGI_SHA256_EXTENSIONS_H

#include <stddef.h>
#include <stdint.h>

/// Nonzero when this CPU has the x86 SHA extensions (and the SSSE3/SSE4.1 they are used with).
int ogi_sha256_extensions_available(void);

/// The SHA-256 block function over `blocks` consecutive 64-byte blocks, updating `state`
/// (h0…h7) in place. Only call it when `ogi_sha256_extensions_available()` is nonzero.
void ogi_sha256_compress_extensions(uint32_t state[8], const uint8_t *data, size_t blocks);

/// 2 when this CPU has AVX2 and BMI2, 1 when it has SSSE3 only, 0 otherwise: which of the
/// two block functions below it can run.
int ogi_sha256_vector_level(void);

/// The block function with the message schedule in SSE registers, for CPUs without the SHA
/// extensions. Only call it when `ogi_sha256_vector_level()` is 2.
void ogi_sha256_compress_avx2(uint32_t state[8], const uint8_t *data, size_t blocks);

/// The same for CPUs with SSSE3 but not AVX2 and BMI2; only when the level is at least 1.
void ogi_sha256_compress_ssse3(uint32_t state[8], const uint8_t *data, size_t blocks);

/// 2 when this CPU has AVX-512F and AVX-512VL, 1 when it has AVX2 only, 0 otherwise: which of
/// the two eight-message functions below it can run.
int ogi_sha256_lanes_level(void);

/// The block function on eight messages at once: `blocks` consecutive 64-byte blocks from
/// each `data[lane]`, updating `states[8 * lane]`…`states[8 * lane + 7]` in place. Lanes
/// with nothing to hash may repeat another lane's pointer into a state nobody reads.
/// Only call it when `ogi_sha256_lanes_level()` is at least 1.
void ogi_sha256_compress_lanes_avx2(uint32_t states[64], const uint8_t *const data[8], size_t blocks);

/// The same with AVX-512VL's rotate and three-input logic; only when the level is 2.
void ogi_sha256_compress_lanes_avx512(uint32_t states[64], const uint8_t *const data[8], size_t blocks);

#endif
