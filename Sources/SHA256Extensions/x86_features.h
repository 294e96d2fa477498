#ifndef OGI_X86_FEATURES_H
#define OGI_X86_FEATURES_H

#include <cpuid.h>

// What the CPU has and the OS lets it use, for the three functions that choose a block
// function (sha256_extensions.c, sha256_vector.c, sha256_lanes.c), so the CPUID and XCR0
// bits are read in one place.
struct ogi_x86_features {
    int ssse3, sse41, sha, avx2, bmi2, avx512;
};

static inline struct ogi_x86_features ogi_x86_features(void) {
    struct ogi_x86_features features = {0, 0, 0, 0, 0, 0};
    unsigned int eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return features;
    features.ssse3 = (ecx >> 9) & 1;
    features.sse41 = (ecx >> 19) & 1;
    int osxsave = (ecx >> 27) & 1, avx = (ecx >> 28) & 1;
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return features;
    features.sha = (ebx >> 29) & 1;
    if (!osxsave || !avx) return features;
    // Vector registers are usable only if the OS saves them: XCR0 bits 1 and 2 for AVX, and
    // bits 5 to 7 as well for AVX-512's mask and upper registers.
    unsigned int xcr0_low, xcr0_high;
    __asm__("xgetbv" : "=a"(xcr0_low), "=d"(xcr0_high) : "c"(0));
    if ((xcr0_low & 6) != 6) return features;
    features.avx2 = (ebx >> 5) & 1;
    features.bmi2 = (ebx >> 8) & 1;
    features.avx512 = ((ebx >> 16) & 1) && ((ebx >> 31) & 1) && (xcr0_low & 0xe6) == 0xe6;
    return features;
}

#endif
