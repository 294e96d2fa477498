import SHA256Extensions

extension SHA256 {
    /// The code that runs the compression function over whole blocks. Every input byte of a
    /// run passes through it, so the fastest one this CPU has is chosen once; all of them give
    /// the same digests, which the tests check on every one available.
    enum BlockFunction: Sendable, CaseIterable {
        /// The x86 SHA extensions (SHA-NI): several times the others.
        case shaExtensions
        /// The message schedule in vector registers, with AVX2 and BMI2.
        case avx2
        /// The same with SSSE3 only.
        case ssse3
        /// Plain Swift, on any CPU.
        case portable

        /// Read once: the CPU does not change during a run.
        static let available: [BlockFunction] = {
            let vectorLevel = ogi_sha256_vector_level()
            return allCases.filter { function in
                switch function {
                case .shaExtensions: ogi_sha256_extensions_available() != 0
                case .avx2: vectorLevel >= 2
                case .ssse3: vectorLevel >= 1
                case .portable: true
                }
            }
        }()

        static let fastest = available.first ?? .portable
    }
}
