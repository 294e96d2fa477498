/// A report found under the input directory.
public struct SourceFile: Sendable, Equatable {
    /// Path relative to the input directory, `/`-separated: the stable key for ordering and output.
    public let relativePath: String
    public let absolutePath: String
    /// Modification time in seconds, used only to keep the newest of duplicate reports. 0 until
    /// the file is read: the listing does not `stat` regular files (`SourceReader` sets both).
    public var modified: Int = 0
    /// Size in bytes, as `fstat` gave it when the file was opened; 0 until then.
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
        let utf8 = path.utf8[...]
        guard let dot = utf8.lastIndex(of: UInt8(ascii: ".")),
              !utf8[dot...].contains(UInt8(ascii: "/")) else {
            self = .text
            return
        }
        self = Self.byExtension(utf8[utf8.index(after: dot)...]) ?? .text
    }

    /// The extensions `init(name:)` knows, ASCII letters folded to lower case and packed into a
    /// word: every file listed is matched here, and making a String of its extension, lowering
    /// it and matching it against the names was a tenth of the listing. (Only extensions of up
    /// to four bytes were looked up before, so `.markdown` files were listed as text.)
    private static let extensions: [(word: UInt64, format: SourceFormat)] = ["txt", "text", "md", "markdown", "htm", "html", "docx", "pdf", "doc", "wps"]
        .compactMap { name in Self(name: name).map { (word(name.utf8[...]), $0) } }

    private static func byExtension(_ bytes: Substring.UTF8View) -> SourceFormat? {
        guard (1...8).contains(bytes.count) else { return nil }
        let word = word(bytes)
        return extensions.first { $0.word == word }?.format
    }

    private static func word(_ bytes: Substring.UTF8View) -> UInt64 {
        bytes.reduce(0) { word, byte in word << 8 | UInt64((0x41...0x5A).contains(byte) ? byte | 0x20 : byte) }
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
