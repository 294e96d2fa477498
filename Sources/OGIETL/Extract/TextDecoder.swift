#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import UTF8Vector

/// Decides a report's encoding from evidence, never by trial decoding alone: a byte-order mark
/// first, then UTF-8 validity, then GB18030 validity (government files are very often GBK,
/// which GB18030 contains). UTF-16 without a mark is not guessed, because decoding UTF-8 bytes
/// as UTF-16 "succeeds" and returns garbage.
enum TextDecoder {
    struct Decoded {
        let utf8: [UInt8]
        let encoding: String
        /// Bytes of an incomplete character dropped from the end: a download cut off mid-file.
        var droppedTail = 0
    }

    static func decode(_ bytes: [UInt8]) -> Result<Decoded, DecodeFailure> {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(bytes.dropFirst(3))
            return utf8(body, name: "utf-8-bom") ?? .failure(DecodeFailure(offset: (firstInvalidUTF8(body) ?? 0) + 3))
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return convert(Array(bytes.dropFirst(2)), from: "UTF-16LE", name: "utf-16le", skipped: 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return convert(Array(bytes.dropFirst(2)), from: "UTF-16BE", name: "utf-16be", skipped: 2) }
        return utf8(bytes, name: "utf-8") ?? convert(bytes, from: "GB18030", name: "gb18030", skipped: 0)
    }

    /// Valid UTF-8, or UTF-8 whose only flaw is a character cut off by the end of the file;
    /// nil when the bytes are not UTF-8 at all.
    private static func utf8(_ bytes: [UInt8], name: String) -> Result<Decoded, DecodeFailure>? {
        guard let offset = firstInvalidUTF8(bytes) else { return .success(Decoded(utf8: bytes, encoding: name)) }
        guard isCutCharacter(bytes, at: offset) else { return nil }
        return .success(Decoded(utf8: Array(bytes[..<offset]), encoding: name, droppedTail: bytes.count - offset))
    }

    /// A lead byte followed only by continuation bytes, too few of them, up to the end.
    static func isCutCharacter(_ bytes: [UInt8], at offset: Int) -> Bool {
        let lead = bytes[offset]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
        let remaining = bytes.count - offset
        guard length > 0, lead <= 0xF4, remaining < length else { return false }
        return bytes[(offset + 1)...].allSatisfy { $0 & 0xC0 == 0x80 }
    }

    struct DecodeFailure: Error {
        /// Offset of the first byte no candidate encoding accepts.
        let offset: Int
    }

    /// Offset of the first byte that is not well-formed UTF-8, or nil. Every input byte passes
    /// through here, so where the CPU has AVX2 the bytes are first checked 32 at a time
    /// (`ogi_utf8_is_valid_avx2`: over the bench corpus, whose Word pages break their ASCII
    /// runs every few dozen bytes, 0.8% of a run instead of 2.9%); only bytes found wanting are
    /// walked again to say where.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        if isValidUTF8InVectors(bytes) == true { return nil }
        return firstInvalidUTF8ByteByByte(bytes)
    }

    /// Whether the bytes are well-formed UTF-8, checked with AVX2; nil on a CPU without it.
    static func isValidUTF8InVectors(_ bytes: [UInt8]) -> Bool? {
        guard hasVectorValidation else { return nil }
        return bytes.withUnsafeBufferPointer { ogi_utf8_is_valid_avx2($0.baseAddress, $0.count) != 0 }
    }

    private static let hasVectorValidation = ogi_utf8_vector_available() != 0

    /// The same, a byte at a time: HTML pages are mostly ASCII markup, so eight ASCII bytes are
    /// passed over at once, and plain-text reports mostly Chinese, whose characters are checked
    /// in one step.
    static func firstInvalidUTF8ByteByByte(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            var index = 0
            while index < buffer.count {
                if index + 32 <= buffer.count, isASCII(base + index, words: 4) {
                    index += 32
                    continue
                }
                if index + 8 <= buffer.count, isASCII(base + index, words: 1) {
                    index += 8
                    continue
                }
                let byte = buffer[index]
                if byte < 0x80 { index += 1; continue }
                if UTF8Scalars.isUnrestrictedThreeByteCharacter(buffer, at: index, end: buffer.count) {
                    // A run of Chinese is taken character by character, without the ASCII
                    // tests before each one that fail on every byte of it.
                    index = pastPairsOfChinese(base, from: index + 3, count: buffer.count)
                    while index < buffer.count, UTF8Scalars.isUnrestrictedThreeByteCharacter(buffer, at: index, end: buffer.count) { index += 3 }
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC2 ? 2 : 0
                guard length > 0, byte <= 0xF4, index + length <= buffer.count, validContinuation(buffer, index, length) else { return index }
                index += length
            }
            return nil
        }
    }

    /// Past the characters from `start` that come in pairs of unrestricted three-byte forms
    /// (see `UTF8Scalars.isUnrestrictedThreeByteCharacter`), two checked in one eight-byte word:
    /// a plain-text report is mostly Chinese. Leads E0 and ED, whose second byte is restricted,
    /// stop the pairs and are left to the caller.
    @inline(__always)
    private static func pastPairsOfChinese(_ base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int {
        var index = start
        while index + 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self).littleEndian
            guard word & 0xC0C0_F0C0_C0F0 == 0x8080_E080_80E0 else { break }
            let first = UInt8(truncatingIfNeeded: word), second = UInt8(truncatingIfNeeded: word >> 24)
            guard first != 0xE0, first != 0xED, second != 0xE0, second != 0xED else { break }
            index += 6
        }
        return index
    }

    /// Whether `words` eight-byte words from `start` are all ASCII: an HTML page is markup for
    /// all but a few kilobytes, passed over 32 bytes at a time.
    @inline(__always)
    private static func isASCII(_ start: UnsafePointer<UInt8>, words: Int) -> Bool {
        var bits: UInt64 = 0
        for word in 0..<words {
            bits |= UnsafeRawPointer(start + 8 * word).loadUnaligned(as: UInt64.self)
        }
        return bits & 0x8080_8080_8080_8080 == 0
    }

    /// Continuation bytes, and none of the overlong, surrogate or beyond-U+10FFFF forms.
    private static func validContinuation(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ length: Int) -> Bool {
        for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return false }
        let lead = bytes[index]
        let second = bytes[index + 1]
        if lead == 0xE0, second < 0xA0 { return false }
        if lead == 0xED, second > 0x9F { return false }
        if lead == 0xF0, second < 0x90 { return false }
        if lead == 0xF4, second > 0x8F { return false }
        return true
    }

    /// Converts through the C library's iconv, which is several times faster than Foundation's
    /// converters and knows GB18030 without CoreFoundation.
    private static func convert(_ bytes: [UInt8], from source: String, name: String, skipped: Int) -> Result<Decoded, DecodeFailure> {
        let descriptor = iconv_open("UTF-8", source)
        guard descriptor != iconv_t(bitPattern: -1) else { return .failure(DecodeFailure(offset: skipped)) }
        defer { iconv_close(descriptor) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        let result: (status: Int, consumed: Int, produced: Int) = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = UnsafeMutableRawPointer(inBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outPointer = UnsafeMutableRawPointer(outBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outLeft = outBuffer.count
                let status = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                return (status, inBuffer.count - inLeft, outBuffer.count - outLeft)
            }
        }
        guard result.status != -1, result.consumed == bytes.count else { return .failure(DecodeFailure(offset: result.consumed + skipped)) }
        return .success(Decoded(utf8: Array(output.prefix(result.produced)), encoding: name))
    }
}
