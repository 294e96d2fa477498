/// RFC 4180 formatting: a field is quoted only when it holds a comma, quote or line break,
/// and quotes inside are doubled. Numbers are never quoted, so every CSV reader types them.
///
/// Rows are written as UTF-8 bytes straight from each field's storage: every report yields
/// dozens of rows, and building a String per row and per joined field list cost more than
/// parsing the report's figures.
struct CSVRow {
    /// Written bytes are `storage[..<length]`; the rest is room already made. Fields are
    /// written through a pointer to that room (`writeFields`), never a byte at a time.
    private var storage: [UInt8]
    private var length = 0
    let protectFormulas: Bool
    private(set) var fieldsInRow = 0

    init(protectFormulas: Bool = false, capacity: Int = 0) {
        self.protectFormulas = protectFormulas
        // Made from a repeated zero, not with `init(unsafeUninitializedCapacity:)` or
        // `init(repeating:count:)`: those allocate through a standard library function that is
        // not specialized, and looks the storage class up on every call (about 530 instructions).
        // The other arrays made to size on the per-report path do the same.
        storage = Array(repeatElement(0, count: capacity))
    }

    /// A copy of the bytes written so far, to look at; `finishedBytes()` hands them over.
    var bytes: [UInt8] { Array(storage[..<length]) }

    /// The bytes written, without the room made ahead, in the row's own storage: every row of
    /// every report passes here, and `bytes` would copy them once more.
    consuming func finishedBytes() -> [UInt8] {
        storage.removeSubrange(length...)
        return storage
    }

    mutating func field(_ text: String) {
        text.withUTF8Bytes { utf8 in writeFields(upTo: FieldWriter.room(for: utf8.count)) { $0.field(utf8) } }
    }

    mutating func fields(_ texts: [String]) {
        for text in texts { field(text) }
    }

    mutating func endRow() {
        writeFields(upTo: 1) { $0.endRow() }
    }

    /// The bytes written so far and how many fields the row being written holds, lent.
    func withWrittenFields<Result>(_ body: (UnsafeBufferPointer<UInt8>, Int) -> Result) -> Result {
        storage.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<length]), fieldsInRow) }
    }

    /// Makes room for at most `count` more bytes, which `body` writes through one pointer: a
    /// data row's dozen fields, written together, pay for one uniqueness and capacity check.
    mutating func writeFields(upTo count: Int, _ body: (inout FieldWriter) -> Void) {
        if length + count > storage.count { grow(toHold: length + count) }
        let (start, protectFormulas, fieldsBefore) = (length, protectFormulas, fieldsInRow)
        var fieldsAfter = fieldsBefore
        length += storage.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            var writer = FieldWriter(out: base + start, protectFormulas: protectFormulas, fieldsInRow: fieldsBefore)
            body(&writer)
            fieldsAfter = writer.fieldsInRow
            return writer.written
        }
        fieldsInRow = fieldsAfter
    }

    private mutating func grow(toHold count: Int) {
        storage.append(contentsOf: repeatElement(0, count: max(count, 2 * storage.count, 64) - storage.count))
    }

    static func line(_ fields: [String], protectFormulas: Bool = false) -> [UInt8] {
        var row = CSVRow(protectFormulas: protectFormulas)
        row.fields(fields)
        row.endRow()
        return row.finishedBytes()
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
