/// Label text as Unicode scalars. Labels are compared on their ideographs only: converted
/// reports vary in spaces, half- and full-width punctuation and numbering (`(一)`, `（一）`,
/// `1.`, `1. `), but the characters of the label itself are what the template fixes.
enum LabelText {
    static func isIdeograph(_ value: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0x20000...0x2FFFF).contains(value)
    }

    static let chineseNumerals: Set<UInt32> = Set("一二三四五六七八九十".unicodeScalars.map(\.value))

    /// Full-width ASCII forms folded to ASCII, so `（` and `(` compare equal.
    static func folded(_ value: UInt32) -> UInt32 {
        (0xFF01...0xFF5E).contains(value) ? value - 0xFEE0 : value
    }

    /// The ideographs of `text`, in order: the form every label comparison uses.
    static func matchKey(of text: String) -> [UInt32] {
        text.unicodeScalars.lazy.map(\.value).filter(isIdeograph)
    }

    static func isWhitespace(_ value: UInt32) -> Bool {
        value == 0x20 || value == 0x09 || value == 0xA0 || value == 0x3000 || value == 0xFEFF
    }

    static func isASCIIAlphanumeric(_ value: UInt32) -> Bool {
        (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
    }

    /// Removes the spaces converters insert inside Chinese labels (`三、本 年度办 理结果`),
    /// keeping one space only where it separates two ASCII words.
    static func cleanedForDisplay(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard isWhitespace(scalar.value) else {
                output.append(scalar)
                index += 1
                continue
            }
            var next = index
            while next < scalars.count, isWhitespace(scalars[next].value) { next += 1 }
            if let last = output.last, next < scalars.count,
               isASCIIAlphanumeric(last.value), isASCIIAlphanumeric(scalars[next].value) {
                output.append(" ")
            }
            index = next
        }
        return String(output)
    }
}
