/// Reads a figure from a cell's bytes. Accepts what converted reports print: ASCII or
/// full-width digits, a leading sign (the 2019 template's 本年增/减 is signed), thousands
/// separators in groups of three, and a decimal point. The result keeps every printed digit so
/// that `71.8526` and `7.50` survive exactly; `+` and separators are dropped because
/// spreadsheets and CSV readers treat them inconsistently.
enum NumberSpelling {
    static func canonical(_ bytes: [UInt8], _ range: Range<Int>) -> String? {
        var output: [UInt8] = []
        return append(bytes, range, to: &output) ? String(decoding: output, as: UTF8.self) : nil
    }

    /// Appends the canonical spelling to the report's cell text, or returns false and appends
    /// nothing when `range` is not a figure.
    static func append(_ bytes: [UInt8], _ range: Range<Int>, to output: inout [UInt8]) -> Bool {
        guard let first = range.first.map({ bytes[$0] }), isPossibleStart(first) else { return false }
        if range.allSatisfy({ (0x30...0x39).contains(bytes[$0]) }) {
            // Most figures are a few plain digits, already canonical.
            ByteScanning.append(bytes, range, to: &output)
            return true
        }
        // The canonical form is never longer than the printed one, so it is written into a
        // buffer on the stack: most cells that start like a figure are labels (`1.制发件数`)
        // that turn out not to be one, and those should cost no allocation.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: range.count) { buffer in
            var figure = FigureBuffer(storage: buffer)
            guard read(bytes, range, into: &figure) else { return false }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<figure.count]))
            return true
        }
    }

    private static func read(_ bytes: [UInt8], _ range: Range<Int>, into output: inout FigureBuffer) -> Bool {
        var reader = Reader(bytes: bytes, index: range.lowerBound, end: range.upperBound)
        if let sign = reader.sign() { if sign == UInt8(ascii: "-") { output.append(sign) } }
        guard reader.integerPart(into: &output) else { return false }
        if reader.decimalPoint() {
            output.append(UInt8(ascii: "."))
            guard reader.digits(into: &output) > 0 else { return false }
        }
        return reader.index == reader.end
    }

    /// Appends into the temporary buffer, which the canonical form always fits.
    private struct FigureBuffer {
        let storage: UnsafeMutableBufferPointer<UInt8>
        var count = 0

        mutating func append(_ byte: UInt8) {
            storage[count] = byte
            count += 1
        }
    }

    /// An ASCII digit or sign, or the lead byte of a full-width one: every other cell, most of
    /// them labels, is turned away before anything is allocated.
    private static func isPossibleStart(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == 0xEF
    }

    private struct Reader {
        let bytes: [UInt8]
        var index: Int
        let end: Int

        /// The ASCII digit at the cursor (ASCII or full-width), and its width in bytes.
        func digit(at position: Int) -> (UInt8, Int)? {
            guard position < end else { return nil }
            let byte = bytes[position]
            if byte >= 0x30, byte <= 0x39 { return (byte, 1) }
            if byte == 0xEF, position + 2 < end, bytes[position + 1] == 0xBC,
               bytes[position + 2] >= 0x90, bytes[position + 2] <= 0x99 {
                return (bytes[position + 2] - 0x90 + 0x30, 3)
            }
            return nil
        }

        mutating func sign() -> UInt8? {
            guard index < end else { return nil }
            let byte = bytes[index]
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") {
                index += 1
                return byte
            }
            if byte == 0xEF, index + 2 < end, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x8B || bytes[index + 2] == 0x8D {
                index += 3
                return bytes[index - 1] == 0x8B ? UInt8(ascii: "+") : UInt8(ascii: "-")
            }
            return nil
        }

        mutating func digits(into output: inout FigureBuffer) -> Int {
            var count = 0
            while let (digit, width) = digit(at: index) {
                output.append(digit)
                index += width
                count += 1
            }
            return count
        }

        /// Digits, allowing `1,234,567`; a comma not followed by exactly three digits ends the figure.
        mutating func integerPart(into output: inout FigureBuffer) -> Bool {
            let leading = digits(into: &output)
            guard leading > 0 else { return false }
            while index < end, bytes[index] == UInt8(ascii: ","), leading <= 3 || output.count > 3 {
                let groupStart = index + 1
                var probe = groupStart
                // Written as read: a group of other than three digits fails the whole figure.
                var groupDigits = 0
                while groupDigits < 4, let (digit, width) = digit(at: probe) {
                    if groupDigits < 3 { output.append(digit) }
                    groupDigits += 1
                    probe += width
                }
                guard groupDigits == 3 else { return false }
                index = probe
            }
            return true
        }

        mutating func decimalPoint() -> Bool {
            guard index < end else { return false }
            if bytes[index] == UInt8(ascii: ".") { index += 1; return true }
            if bytes[index] == 0xEF, index + 2 < end, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x8E {
                index += 3
                return true
            }
            return false
        }
    }
}
