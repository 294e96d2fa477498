import Foundation

/// Reads an ogi-etl output back (through the system gzip, as a user's tools would) and compares
/// every data cell with the generator's expected cells.
struct OutputVerifier {
    let corpus: String
    let output: String

    struct Result {
        let expected: Int
        let found: Int
        let mismatches: [String]

        var summary: String {
            let head = "verified \(found) rows against \(expected) expected: \(mismatches.count) differ"
            return ([head] + mismatches.prefix(10).map { "  " + $0 }).joined(separator: "\n")
        }
    }

    /// Columns after the four key columns and the row key (and its printed label), before `imputed`.
    private static let tables: [(name: String, keyColumn: Int, firstCell: Int)] = [
        ("active_disclosure", 4, 6), ("applications", 4, 6), ("reviews_litigation", 4, 5),
    ]

    func verify() throws -> Result {
        let expected = Set(try String(contentsOfFile: corpus + "/expected.tsv", encoding: .utf8).split(separator: "\n").map(String.init))
        var found = Set<String>()
        for table in Self.tables {
            for fields in try rows(of: table.name) {
                let cells = fields[table.firstCell..<(fields.count - 1)].map { $0.isEmpty ? nil : $0 }
                found.insert(ExpectedCells.line(fields[1], table.name, fields[table.keyColumn], Array(cells)))
            }
        }
        let missing = expected.subtracting(found).sorted().map { "missing:    " + $0 }
        let unexpected = found.subtracting(expected).sorted().map { "unexpected: " + $0 }
        return Result(expected: expected.count, found: found.count, mismatches: missing + unexpected)
    }

    private func rows(of table: String) throws -> [[String]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-dc", output + "/" + table + ".csv.gz"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").dropFirst().map { Self.fields(of: Substring($0)) }
    }

    /// RFC 4180 fields of one line; the data tables never put a line break inside a field.
    static func fields(of line: Substring) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var previous: Character?
        for character in line {
            if character == "\"" {
                if !quoted, previous == "\"" { field.append("\"") }
                quoted.toggle()
            } else if character == ",", !quoted {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
            previous = character
        }
        fields.append(field)
        return fields
    }
}
