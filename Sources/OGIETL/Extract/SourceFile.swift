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

    init(path: String) {
        let suffix = path.split(separator: "/").last.flatMap { name in
            name.contains(".") ? name.split(separator: ".").last.map { $0.lowercased() } : nil
        }
        self = suffix.flatMap { Self(name: $0) } ?? .text
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
