/// A report found under the input directory.
public struct SourceFile: Sendable, Equatable {
    /// Path relative to the input directory, `/`-separated: the stable key for ordering and output.
    public let relativePath: String
    public let absolutePath: String
    /// Modification time in seconds, used only to keep the newest of duplicate reports.
    public var modified: Int = 0
    /// Size at discovery, so an oversized file is refused before it is opened.
    public var size: Int = 0

    public var format: SourceFormat { SourceFormat(path: relativePath) }
}

/// How a report's bytes are laid out; decides which converter turns them into text. The raw
/// values are what `reports.format`, `files.formats` and `--formats` say.
public enum SourceFormat: String, Sendable, Codable, CaseIterable {
    case text
    case markdown
    case html
    case docx
    case pdf
    case doc
    case wps

    /// Asked for every report at discovery and again for its `reports` row, so the extension
    /// is found by one backward scan of the bytes instead of splitting the path.
    init(path: String) {
        var utf8 = path.utf8[...]
        guard let dot = utf8.lastIndex(of: UInt8(ascii: ".")),
              !utf8[dot...].contains(UInt8(ascii: "/")) else {
            self = .text
            return
        }
        utf8 = utf8[utf8.index(after: dot)...]
        self = utf8.count <= 4 ? Self(name: String(decoding: utf8, as: UTF8.self)) ?? .text : .text
    }

    /// A format by its name or by a file extension that carries it (`txt`, `md`, `htm`), so
    /// `--formats txt,pdf` reads as users think of their files.
    public init?(name: String) {
        let lowered = name.lowercased()
        if let format = Self(rawValue: lowered) {
            self = format
            return
        }
        switch lowered {
        case "txt": self = .text
        case "md": self = .markdown
        case "htm": self = .html
        default: return nil
        }
    }
}
