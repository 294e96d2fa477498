/// Every failure ogi-etl reports. Each case carries where it happened and why, and its
/// message is a full sentence that quotes the values and hints at the fix, because the reader
/// is usually an operator looking at a cron mail, not at the code.
public enum ETLError: Error, Equatable, Sendable {
    case inputDirectoryMissing(path: String)
    case outputInsideInput(output: String, input: String)
    case configUnreadable(path: String, reason: String)
    case configInvalid(path: String, key: String, expected: String)
    case configUnknownKey(path: String, key: String, known: [String])
    case sourceUnreadable(path: String, reason: String)
    case sourceNotDecodable(path: String, byteOffset: Int)
    case sourceEmpty(path: String)
    case sourceIsBinary(path: String, kind: String)
    case sourceHasNoTables(path: String)
    case sourceTooLarge(path: String, bytes: Int, limit: Int)
    case outputUnwritable(path: String, reason: String)
    case outputLocked(path: String)
    case outputNotOurs(path: String)
    case compressionFailed(path: String, zlibCode: Int32)
    case toolMissing(path: String, format: SourceFormat, tool: String)
    case conversionFailed(path: String, tool: String, reason: String)
    case conversionTimedOut(path: String, tool: String, seconds: Int)
    case docxUnreadable(path: String, reason: String)
}

extension ETLError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .inputDirectoryMissing(path):
            return "The input directory '\(path)' does not exist or is not a directory. Pass the folder that holds the reports."
        case let .outputInsideInput(output, input):
            return "The output directory '\(output)' is inside the input directory '\(input)'. Choose an output directory outside the inputs so the next run does not read its own output."
        case let .configUnreadable(path, reason):
            return "The configuration file '\(path)' could not be read: \(reason). Pass --config with the path to pipeline.json."
        case let .configInvalid(path, key, expected):
            return "The configuration file '\(path)' has an invalid value at '\(key)': expected \(expected). Fix that key or copy it from the pipeline.json in the repository."
        case let .configUnknownKey(path, key, known):
            return "The configuration file '\(path)' has an unknown key '\(key)'; the keys allowed beside it are \(known.map { "'\($0)'" }.joined(separator: ", ")). Correct its spelling or remove it."
        case let .sourceUnreadable(path, reason):
            return "The report '\(path)' could not be read: \(reason). Check that the file exists and is readable."
        case let .sourceNotDecodable(path, byteOffset):
            return "The report '\(path)' is neither UTF-8, UTF-16 with a byte-order mark, nor GB18030 (first undecodable byte at offset \(byteOffset)). Convert it to UTF-8."
        case let .sourceEmpty(path):
            return "The report '\(path)' is empty (0 bytes). Download it again, or remove it from the input."
        case let .sourceIsBinary(path, kind):
            return "The report '\(path)' is \(kind), not text. Convert it to text, or remove it from the input."
        case let .sourceTooLarge(path, bytes, limit):
            return "The report '\(path)' is \(bytes) bytes, above the limit of \(limit) set by files.maxBytes; it was not read. Raise the limit in pipeline.json if this really is one report."
        case let .sourceHasNoTables(path):
            return "The report '\(path)' contains none of the three standard tables. Check that it is an annual report, or add its heading variants to pipeline.json."
        case let .outputUnwritable(path, reason):
            return "The output file '\(path)' could not be written: \(reason). Check free space and permissions of the output directory."
        case let .outputLocked(path):
            return "Another ogi-etl run holds the lock '\(path)' and is writing the same output directory. Wait for it to finish, or give this run another --out."
        case let .outputNotOurs(path):
            return "The output directory '\(path)' already exists and holds files that ogi-etl did not write (it has no manifest.json); it was left untouched. Pass a new or empty directory as --out."
        case let .compressionFailed(path, zlibCode):
            return "Compressing '\(path)' failed with zlib code \(zlibCode). This is a bug or memory exhaustion; rerun, and report it if it repeats."
        case let .toolMissing(path, format, tool):
            let need = ExternalTool(format: format)
            let place = tool.contains("/") ? "" : " on PATH"
            return "The report '\(path)' is \(need.documentKind), and reading it needs '\(tool)', which was not found\(place). Install \(need.package) (apt-get install \(need.aptPackages)) or set tools.\(need.configKey) in pipeline.json."
        case let .conversionFailed(path, tool, reason):
            return "The report '\(path)' could not be converted by '\(tool)': \(reason). Check that the file opens in its own application; if it does, save it again and rerun."
        case let .conversionTimedOut(path, tool, seconds):
            return "The report '\(path)' was not converted: '\(tool)' was still running after \(seconds) second\(seconds == 1 ? "" : "s") and was stopped. Raise tools.timeoutSeconds in pipeline.json if the file is very large."
        case let .docxUnreadable(path, reason):
            return "The report '\(path)' is not a readable Word document: \(reason). Open it in Word or LibreOffice and save it again as .docx."
        }
    }
}
