/// Where the cells of one line begin and end. Tabs and pipes always separate cells; so do runs
/// of two or more spaces, which is how `pdftotext -layout` lays out columns. A single space
/// stays inside the cell because Chinese labels are often printed with stray single spaces, and
/// spaces at either end of a line are padding, not an empty cell.
enum LineShape {
    /// The cells of the line at `line` in `bytes`, as ranges of `bytes`, into a buffer the
    /// caller reuses from line to line. The line must be well-formed UTF-8, so a character's
    /// lead byte says how many bytes it takes.
    static func cellRanges(_ bytes: [UInt8], _ line: Range<Int>, into ranges: inout [Range<Int>]) {
        ranges.removeAll(keepingCapacity: true)
        bytes.withUnsafeBufferPointer { appendCellRanges(UnsafeBufferPointer(rebasing: $0[line]), offset: line.lowerBound, to: &ranges) }
    }

    /// Through a buffer pointer: every byte of every line passes here. Ranges are found in
    /// the line and stored `offset` further on, where the line lies in its report.
    private static func appendCellRanges(_ line: UnsafeBufferPointer<UInt8>, offset: Int, to ranges: inout [Range<Int>]) {
        let pipeMode = isPipeRow(line)
        var cellStart = 0
        var index = 0
        while index < line.count {
            let byte = line[index]
            let plain = plainWidth(byte)
            guard plain == 0 else { index += plain; continue }
            if pipeMode, byte == ByteScanning.pipe {
                ranges.append((offset + cellStart)..<(offset + index))
                index += 1
                cellStart = index
                continue
            }
            let width = ByteScanning.whitespaceWidth(line, at: index, end: line.count)
            guard width > 0 else { index += 1; continue }
            let run = whitespaceRun(line, from: index)
            let atEdge = index == 0 || run.end == line.count
            let separators = run.tabs > 0 ? run.tabs : (run.characters >= 2 && !pipeMode && !atEdge ? 1 : 0)
            if separators > 0 {
                ranges.append((offset + cellStart)..<(offset + index))
                for _ in 1..<separators { ranges.append((offset + run.end)..<(offset + run.end)) }
                cellStart = run.end
            }
            index = run.end
        }
        ranges.append((offset + cellStart)..<(offset + line.count))
        if pipeMode { trimPipeEdges(&ranges, line, offset: offset) }
    }

    /// Most bytes are neither whitespace nor a pipe: ASCII letters and digits, continuation
    /// bytes, and the characters of a Chinese label, whose three bytes are passed over at once.
    /// 0 for a byte that may start whitespace or be a pipe.
    @inline(__always)
    private static func plainWidth(_ byte: UInt8) -> Int {
        if byte > ByteScanning.space, byte < 0xC2, byte != ByteScanning.pipe { return 1 }
        return byte >= 0xE4 && byte <= 0xEE ? 3 : 0
    }

    private static func whitespaceRun(_ line: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, characters: Int, tabs: Int) {
        var index = start
        var characters = 0
        var tabs = 0
        while index < line.count {
            let width = ByteScanning.whitespaceWidth(line, at: index, end: line.count)
            guard width > 0 else { break }
            if line[index] == ByteScanning.tab { tabs += 1 }
            characters += 1
            index += width
        }
        return (index, characters, tabs)
    }

    /// `| a | b |` has an empty piece before the first pipe and after the last: they are framing.
    private static func trimPipeEdges(_ ranges: inout [Range<Int>], _ line: UnsafeBufferPointer<UInt8>, offset: Int) {
        guard let last = ranges.last, ranges.count > 1 else { return }
        if ByteScanning.trimmed(line, (last.lowerBound - offset)..<(last.upperBound - offset)).isEmpty { ranges.removeLast() }
    }

    /// A line that starts with a pipe, or holds two; the pipes are found with `memchr`.
    static func isPipeRow(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let index = ByteScanning.leadingWhitespaceEnd(line, 0..<line.count)
        guard index < line.count else { return false }
        if line[index] == ByteScanning.pipe { return true }
        guard let first = ByteScanning.position(of: ByteScanning.pipe, in: line, from: index) else { return false }
        return ByteScanning.position(of: ByteScanning.pipe, in: line, from: first + 1) != nil
    }

    /// Ruled lines (`-----`, `|---|:---|`, `=====`) draw a table's borders and carry no cells.
    static func isRule(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        var ruleCharacters = 0
        var index = line.lowerBound
        while index < line.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "_") {
                ruleCharacters += 1
                index += 1
            } else if byte == 0xE2, index + 2 < line.upperBound, bytes[index + 1] == 0x80, bytes[index + 2] == 0x94 || bytes[index + 2] == 0x95 {
                ruleCharacters += 1
                index += 3
            } else if byte == UInt8(ascii: ":") || byte == UInt8(ascii: "+") || byte == ByteScanning.pipe {
                index += 1
            } else if ByteScanning.whitespaceWidth(bytes, at: index, end: line.upperBound) > 0 {
                index += ByteScanning.whitespaceWidth(bytes, at: index, end: line.upperBound)
            } else {
                return false
            }
        }
        return ruleCharacters >= 3
    }

    /// Space-separated words of a cell.
    static func words(_ bytes: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var start: Int?
        var index = range.lowerBound
        while index < range.upperBound {
            let width = ByteScanning.whitespaceWidth(bytes, at: index, end: range.upperBound)
            if width > 0 {
                if let wordStart = start { words.append(wordStart..<index) }
                start = nil
                index += width
            } else {
                if start == nil { start = index }
                index += 1
            }
        }
        if let wordStart = start { words.append(wordStart..<range.upperBound) }
        return words
    }

    /// `#` in a pattern matches one or more ASCII digits; everything else matches itself.
    /// Spaces and tabs in the text are passed over (patterns hold none), so a line is matched
    /// as it stands, without first being copied without them.
    static func matches(_ bytes: [UInt8], _ line: Range<Int>, pattern: [UInt8]) -> Bool {
        var textIndex = skipBlanks(bytes, from: line.lowerBound, to: line.upperBound)
        var patternIndex = 0
        while patternIndex < pattern.count {
            if pattern[patternIndex] == UInt8(ascii: "#") {
                let start = textIndex
                while textIndex < line.upperBound, (0x30...0x39).contains(bytes[textIndex]) {
                    textIndex = skipBlanks(bytes, from: textIndex + 1, to: line.upperBound)
                }
                guard textIndex > start else { return false }
            } else {
                guard textIndex < line.upperBound, bytes[textIndex] == pattern[patternIndex] else { return false }
                textIndex = skipBlanks(bytes, from: textIndex + 1, to: line.upperBound)
            }
            patternIndex += 1
        }
        return textIndex == line.upperBound
    }

    private static func skipBlanks(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var index = start
        while index < end, bytes[index] == ByteScanning.space || bytes[index] == ByteScanning.tab { index += 1 }
        return index
    }

}
