extension String {
    /// The string's UTF-8 bytes without copying the string first. `withUTF8` is mutating, so
    /// calling it on a figure or label taken from a record meant a copy of the String and a
    /// retain and release of its storage, for every cell of every report; the UTF-8 view
    /// lends its bytes in place (a small string's from the stack) and never fails for a
    /// native string. A bridged one, which Linux does not make, is copied.
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}
