/// RFC 4180 formatting: a field is quoted only when it holds a comma, quote or line break,
/// and quotes inside are doubled. Numbers are never quoted, so every CSV reader types them.
enum CSVRow {
    static func line(_ fields: [String]) -> String {
        var line = ""
        line.reserveCapacity(fields.count * 8)
        for (index, field) in fields.enumerated() {
            if index > 0 { line.append(",") }
            append(field, to: &line)
        }
        line.append("\n")
        return line
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
}
