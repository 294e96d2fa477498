#ifndef OGI_SHA256_ROUND_CONSTANTS_H
#define OGI_SHA256_ROUND_CONSTANTS_H

#include <stdint.h>

// Defined in sha256_extensions.c, aligned to 16 bytes; used by both x86 block functions.
extern const uint32_t ogi_sha256_round_constants[64];

#endif
