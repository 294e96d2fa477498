/// Turns an HTML page into the tab-separated text the cell tokenizer already reads: one line
/// per table row, a tab between cells, a line break per block outside tables. Scripts, styles
/// and the page head are dropped; line breaks inside a cell are joined, because Word-exported
/// pages break long labels with `<br>` and `<p>` inside one cell.
public struct HTMLFlattener {
    private let bytes: [UInt8]
    private var index = 0
    private var output: [UInt8] = []
    private var cellDepth = 0
    private var cellsInRow = 0
    private var pendingSpans: [Int] = []
    /// The lists below, copied once per page: a global is checked for initialisation at every
    /// access, and these are consulted at every tag.
    private let skipped = HTMLFlattener.skippedElements
    private let blocks = HTMLFlattener.blockElements
    private let commentOpen = HTMLFlattener.commentOpen
    private let commentClose = HTMLFlattener.commentClose

    /// Searched in order rather than hashed: comparing a few dozen integer pairs is cheaper.
    static let skippedElements = (["script", "style", "head", "noscript", "template", "svg"] as [StaticString]).map(HTMLElementName.init)
    static let blockElements = ([
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section",
        "article", "header", "footer", "nav", "title", "body", "blockquote", "pre", "hr", "tbody", "thead",
    ] as [StaticString]).map(HTMLElementName.init)

    public static func text(of html: [UInt8]) -> [UInt8] {
        var flattener = HTMLFlattener(bytes: html)
        flattener.run()
        return flattener.output
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        output.reserveCapacity(bytes.count / 2)
    }

    private static let commentOpen = Array("<!--".utf8)
    private static let commentClose = Array("-->".utf8)

    private mutating func run() {
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                readMarkup()
            } else if byte == UInt8(ascii: "&") {
                readEntity()
            } else if byte == 0x0A || byte == 0x0D || byte == 0x09 {
                output.append(ByteScanning.space)
                index += 1
            } else {
                copyText()
            }
        }
    }

    /// Text between markup is copied in one piece, up to the next tag, entity or line break.
    private mutating func copyText() {
        var end = index + 1
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") || byte == 0x0A || byte == 0x0D || byte == 0x09 { break }
            end += 1
        }
        output.append(contentsOf: bytes[index..<end])
        index = end
    }

    private mutating func readMarkup() {
        if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "!"), ByteScanning.hasPrefix(bytes, commentOpen, at: index) {
            index = end(of: commentClose, from: index + 4)
            return
        }
        guard let tag = HTMLTag.read(bytes, at: index) else {
            output.append(bytes[index])
            index += 1
            return
        }
        index = tag.end
        if !tag.isClosing, skipped.contains(tag.name) {
            index = end(of: Array("</".utf8) + tag.name.bytes, from: index, caseInsensitive: true)
            index = min(bytes.count, (bytes[index...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count - 1) + 1)
            return
        }
        apply(tag)
    }

    private mutating func apply(_ tag: HTMLTag) {
        if tag.name == HTMLTag.row {
            output.append(ByteScanning.newline)
            cellsInRow = 0
        } else if tag.name == HTMLTag.cell || tag.name == HTMLTag.headerCell {
            tag.isClosing ? closeCell() : openCell(span: tag.columnSpan)
        } else if cellDepth == 0, blocks.contains(tag.name) {
            output.append(ByteScanning.newline)
        }
    }

    private mutating func openCell(span: Int) {
        if cellsInRow > 0 { output.append(ByteScanning.tab) }
        cellsInRow += 1
        cellDepth += 1
        pendingSpans.append(span)
    }

    /// A cell spanning several columns is followed by empty cells so later figures keep their
    /// column positions.
    private mutating func closeCell() {
        guard cellDepth > 0 else { return }
        cellDepth -= 1
        let span = pendingSpans.popLast() ?? 1
        for _ in 1..<max(span, 1) {
            output.append(ByteScanning.tab)
            cellsInRow += 1
        }
    }

    private mutating func readEntity() {
        guard let (decoded, end) = HTMLEntity.decode(bytes, at: index) else {
            output.append(bytes[index])
            index += 1
            return
        }
        output.append(contentsOf: decoded)
        index = end
    }

    /// Skipped elements (a Word page's `<style>` block, its `<head>`) run to many kilobytes, so
    /// the needle's first byte, `<` or `-` and never a letter, is found with `memchr` first.
    private func end(of needle: [UInt8], from start: Int, caseInsensitive: Bool = false) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var cursor = start
            while cursor + needle.count <= buffer.count, let candidate = ByteScanning.position(of: needle[0], in: buffer, from: cursor) {
                guard candidate + needle.count <= buffer.count else { break }
                if Self.equal(bytes, needle, at: candidate, caseInsensitive: caseInsensitive) {
                    return caseInsensitive ? candidate : candidate + needle.count
                }
                cursor = candidate + 1
            }
            return buffer.count
        }
    }

    private static func equal(_ bytes: [UInt8], _ needle: [UInt8], at index: Int, caseInsensitive: Bool) -> Bool {
        for offset in 0..<needle.count {
            let byte = caseInsensitive ? HTMLTag.lowercased(bytes[index + offset]) : bytes[index + offset]
            if byte != needle[offset] { return false }
        }
        return true
    }
}
