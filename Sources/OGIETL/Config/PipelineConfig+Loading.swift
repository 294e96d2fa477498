import Foundation

extension PipelineConfig {
    /// Reads and validates `pipeline.json`, turning decoder errors into one message that names
    /// the file, the key and what was expected.
    public static func load(path: String) throws(ETLError) -> (config: PipelineConfig, bytes: [UInt8]) {
        let bytes: [UInt8]
        switch FileContents.bytes(atPath: path) {
        case let .success(contents): bytes = contents
        case let .failure(failure): throw .configUnreadable(path: path, reason: failure.reason)
        }
        let data = Data(bytes)
        let config = try decode(data, path: path)
        try rejectUnknownKeys(in: data, decoded: config, path: path)
        try config.validate(path: path)
        return (config, bytes)
    }

    static func decode(_ data: Data, path: String) throws(ETLError) -> PipelineConfig {
        do {
            return try JSONDecoder().decode(PipelineConfig.self, from: data)
        } catch let error as DecodingError {
            throw Self.configError(error, path: path)
        } catch {
            throw .configUnreadable(path: path, reason: "it is not valid JSON")
        }
    }

    private static func configError(_ error: DecodingError, path: String) -> ETLError {
        switch error {
        case let .keyNotFound(key, context):
            return .configInvalid(path: path, key: keyPath(context.codingPath + [key]), expected: "this key to be present")
        case let .typeMismatch(type, context):
            return .configInvalid(path: path, key: keyPath(context.codingPath), expected: "a value of type \(type)")
        case let .valueNotFound(type, context):
            return .configInvalid(path: path, key: keyPath(context.codingPath), expected: "a value of type \(type)")
        case let .dataCorrupted(context) where context.codingPath.isEmpty:
            return .configUnreadable(path: path, reason: "it is not valid JSON")
        case let .dataCorrupted(context):
            return .configInvalid(path: path, key: keyPath(context.codingPath), expected: "one of the known names (\(context.debugDescription))")
        @unknown default:
            return .configUnreadable(path: path, reason: "it could not be decoded")
        }
    }

    static func keyPath(_ path: [any CodingKey]) -> String {
        path.map { key in key.intValue.map { "[\($0)]" } ?? key.stringValue }
            .joined(separator: ".")
            .replacingOccurrences(of: ".[", with: "[")
    }

    func validate(path: String) throws(ETLError) {
        guard (0...9).contains(output.gzipLevel) else {
            throw .configInvalid(path: path, key: "output.gzipLevel", expected: "a whole number from 0 to 9, found \(output.gzipLevel)")
        }
        guard output.workers >= 0 else {
            throw .configInvalid(path: path, key: "output.workers", expected: "0 (one per core) or a positive number, found \(output.workers)")
        }
        guard files.maxBytes > 0 else {
            throw .configInvalid(path: path, key: "files.maxBytes", expected: "a positive number of bytes, found \(files.maxBytes)")
        }
        guard title.searchLines > 0 else {
            throw .configInvalid(path: path, key: "title.searchLines", expected: "a positive number, found \(title.searchLines)")
        }
        try validateTools(path: path)
        try validateLabels(path: path)
        try validateUnits(path: path)
    }

    /// Units are matched against the end of a cell, so each needs a character and no digit; the
    /// shift is a power of ten, and one unit must be the amount column's own (shift 0).
    private func validateUnits(path: String) throws(ETLError) {
        for (index, unit) in text.units.enumerated() {
            let digits = unit.unit.unicodeScalars.contains { (0x30...0x39).contains($0.value) || (0xFF10...0xFF19).contains($0.value) }
            guard !unit.unit.isEmpty, !digits, unit.unit.count <= 4 else {
                throw .configInvalid(path: path, key: "text.units[\(index)].unit", expected: "one to four characters without digits, found '\(unit.unit)'")
            }
            guard (-12...12).contains(unit.shift) else {
                throw .configInvalid(path: path, key: "text.units[\(index)].shift", expected: "a whole number from -12 to 12, found \(unit.shift)")
            }
        }
        guard text.units.isEmpty || text.units.contains(where: { $0.shift == 0 }) else {
            throw .configInvalid(path: path, key: "text.units", expected: "one unit with shift 0, the unit the amount column is counted in")
        }
    }

    private func validateTools(path: String) throws(ETLError) {
        guard (1...86_400).contains(tools.timeoutSeconds) else {
            throw .configInvalid(path: path, key: "tools.timeoutSeconds", expected: "a number of seconds from 1 to 86400, found \(tools.timeoutSeconds)")
        }
        for (key, value) in [("tools.pdftotext", tools.pdftotext), ("tools.libreoffice", tools.libreoffice)] where value.isEmpty {
            throw .configInvalid(path: path, key: key, expected: "a program name or path, found an empty string")
        }
        guard !files.formats.isEmpty else {
            throw .configInvalid(path: path, key: "files.formats", expected: "at least one of \(SourceFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    private func validateLabels(path: String) throws(ETLError) {
        let groups: [(String, [[String]])] = [
            ("activeDisclosure.columns", activeDisclosure.columns.map(\.labels)),
            ("activeDisclosure.items", activeDisclosure.items.map(\.labels)),
            ("applications.rows", applications.rows.map(\.labels)),
        ]
        for (key, labelLists) in groups {
            for (index, labels) in labelLists.enumerated() {
                let usable = labels.filter { LabelText.matchKey(of: $0).count >= 2 }
                guard !labels.isEmpty, usable.count == labels.count else {
                    throw .configInvalid(path: path, key: "\(key)[\(index)].labels", expected: "a non-empty list of labels with at least two Chinese characters each")
                }
            }
        }
    }
}
