#ifndef OGI_SHA256_EXTENSIONS_H
#define OGI_SHA256_EXTENSIONS_H

#include <stddef.h>
#include <stdint.h>

/// Nonzero when this CPU has the x86 SHA extensions (and the SSSE3/SSE4.1 they are used with).
int ogi_sha256_extensions_available(void);

/// The SHA-256 block function over `blocks` consecutive 64-byte blocks, updating `state`
/// (h0…h7) in place. Only call it when `ogi_sha256_extensions_available()` is nonzero.
void ogi_sha256_compress_extensions(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
