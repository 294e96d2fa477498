/// RFC 4180 formatting: a field is quoted only when it holds a comma, quote or line break,
/// and quotes inside are doubled. Numbers are never quoted, so every CSV reader types them.
enum CSVRow {
    static func line(_ fields: [String], protectFormulas: Bool = false) -> String {
        var line = ""
        line.reserveCapacity(fields.count * 8)
        for (index, field) in fields.enumerated() {
            if index > 0 { line.append(",") }
            append(protectFormulas ? protected(field) : field, to: &line)
        }
        line.append("\n")
        return line
    }

    /// A text field a spreadsheet would evaluate (`=HYPERLINK(…)`, `+1`, `-cmd`, `@SUM`) gets a
    /// leading `'`, which spreadsheets show as text. Figures such as `-18` are left alone.
    static func protected(_ field: String) -> String {
        switch field.utf8.first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: break
        default: return field
        }
        let bytes = Array(field.utf8)
        return NumberSpelling.canonical(bytes, 0..<bytes.count) == field ? field : "'" + field
    }

    private static func append(_ field: String, to line: inout String) {
        guard field.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            line.append(field)
            return
        }
        line.append("\"")
        line.append(field.replacingOccurrences(of: "\"", with: "\"\""))
        line.append("\"")
    }

    /// The fields of one line written by `line(_:)`, quotes undone.
    static func fields(of line: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var scalars = Array(line.unicodeScalars)
        if scalars.last == "\n" { scalars.removeLast() }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if quoted, scalar == "\"", index + 1 < scalars.count, scalars[index + 1] == "\"" {
                field.unicodeScalars.append("\"")
                index += 1
            } else if scalar == "\"" {
                quoted.toggle()
            } else if scalar == ",", !quoted {
                fields.append(field)
                field = ""
            } else {
                field.unicodeScalars.append(scalar)
            }
            index += 1
        }
        fields.append(field)
        return fields
    }
}
