#ifndef OGI_UTF8_VECTOR_H
#define OGI_UTF8_VECTOR_H

#include <stddef.h>
#include <stdint.h>

/// Nonzero when this CPU (and its OS) can run `ogi_utf8_is_valid_avx2`.
int ogi_utf8_vector_available(void);

/// Nonzero when `length` bytes at `data` are well-formed UTF-8: no overlong form, surrogate,
/// value above U+10FFFF, stray or missing continuation byte, or character cut off at the end.
/// Says only yes or no; where the first flaw is, the caller finds byte by byte.
/// Only call it when `ogi_utf8_vector_available()` is nonzero.
int ogi_utf8_is_valid_avx2(const uint8_t *data, size_t length);

#endif
