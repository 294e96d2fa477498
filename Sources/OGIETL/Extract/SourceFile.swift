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

/// How a report's bytes are laid out; decides whether HTML is flattened first.
public enum SourceFormat: String, Sendable {
    case text
    case markdown
    case html

    init(path: String) {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") { self = .html }
        else if lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown") { self = .markdown }
        else { self = .text }
    }
}
