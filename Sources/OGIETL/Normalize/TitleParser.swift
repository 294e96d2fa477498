/// Finds the report title near the top and reads the agency and year from it. Titles are
/// often split over two lines (`宁波市镇海区卫生健康局` / `2022年度政府信息公开工作年度报告`),
/// so a title line without an agency borrows the line above it.
struct TitleParser: Sendable {
    let options: PipelineConfig.TitleOptions
    private let markerKey: [UInt32]
    private let agencyEnd: [Unicode.Scalar]
    /// The UTF-8 bytes of the marker's first ideograph.
    private let markerLead: [UInt8]

    /// Longer lines near the top are the opening paragraph, not the title.
    static let longestTitle = 80

    init(options: PipelineConfig.TitleOptions) {
        self.options = options
        markerKey = LabelText.matchKey(of: options.marker)
        agencyEnd = Array(options.agencyEnd.unicodeScalars)
        markerLead = markerKey.first.flatMap(Unicode.Scalar.init).map { Array(String($0).utf8) } ?? []
    }

    struct Title: Equatable, Sendable {
        var text: String
        var agency: String?
        var year: String?
    }

    /// `lines` may be lazy: lines are read only until the title is found, at most
    /// `searchLines` non-empty ones, and the title is usually the first.
    ///
    /// A line is cleaned only when it may be the title: cleaning drops markup and whitespace
    /// alone, so a line is blank exactly when it holds nothing else, and it holds the marker's
    /// ideographs only if it holds the first of them.
    func title(of lines: some Sequence<String>) -> Title? {
        var previous: String?
        var seen = 0
        for line in lines {
            guard !Self.isBlank(line) else { continue }
            seen += 1
            if mayHoldMarker(line) {
                let cleaned = Self.cleaned(line)
                if cleaned.unicodeScalars.count <= Self.longestTitle, contains(cleaned, markerKey) {
                    return title(cleaned, after: previous.map(Self.cleaned))
                }
            }
            if seen == options.searchLines { break }
            previous = line
        }
        return nil
    }

    private static func cleaned(_ line: String) -> String {
        LabelText.cleanedForDisplay(withoutMarkup(line))
    }

    private static func isBlank(_ line: String) -> Bool {
        line.unicodeScalars.allSatisfy { isMarkup($0) || LabelText.isWhitespace($0.value) }
    }

    /// Searched for in place: the standard library's `contains(_:)` over a UTF-8 view took
    /// 48,000 instructions a line, several times what cleaning the line costs.
    private func mayHoldMarker(_ line: String) -> Bool {
        line.withUTF8Bytes { utf8 in
            guard !markerLead.isEmpty, utf8.count >= markerLead.count else { return false }
            return (0...(utf8.count - markerLead.count)).contains { start in
                markerLead.indices.allSatisfy { utf8[start + $0] == markerLead[$0] }
            }
        }
    }

    private func title(_ line: String, after previous: String?) -> Title {
        let single = parse(line)
        if single.agency == nil, let previous, previous.unicodeScalars.count <= Self.longestTitle {
            return parse(previous + line)
        }
        return single
    }

    /// Markdown heading marks and emphasis around a title line are formatting, not title text.
    /// A line that starts and ends with text is returned as it is.
    static func withoutMarkup(_ line: String) -> String {
        let isTrimmed = { (scalar: Unicode.Scalar) in isMarkup(scalar) || LabelText.isWhitespace(scalar.value) }
        if let first = line.unicodeScalars.first, let last = line.unicodeScalars.last, !isTrimmed(first), !isTrimmed(last) { return line }
        let scalars = Array(line.unicodeScalars)
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }), let last = scalars.lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return LabelText.string(scalars[first...last])
    }

    private static func isMarkup(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "#" || scalar == "*" || scalar == ">" || scalar == "_" || scalar == "="
    }

    func parse(_ text: String) -> Title {
        let scalars = Array(text.unicodeScalars)
        guard let year = Self.yearRange(in: scalars) else {
            return Title(text: text, agency: agency(LabelText.string(scalars[..<(agencyEndIndex(in: scalars) ?? 0)])), year: nil)
        }
        let yearText = LabelText.string(scalars[year.lowerBound..<(year.lowerBound + 4)])
        if let before = agency(LabelText.string(scalars[..<year.lowerBound])) {
            return Title(text: text, agency: before, year: yearText)
        }
        let after = year.upperBound < scalars.count ? Array(scalars[year.upperBound...]) : []
        return Title(text: text, agency: agency(LabelText.string(after[..<(agencyEndIndex(in: after) ?? 0)])), year: yearText)
    }

    /// Rebuilt scalar by scalar only when there is a mark to drop, which most names lack; a
    /// name is one when it holds an ideograph (its match key is not empty).
    private func agency(_ text: String) -> String? {
        var name = text
        for word in options.agencyTrailingWords where name.hasSuffix(word) { name.removeLast(word.count) }
        if name.unicodeScalars.contains(where: Self.isQuoteOrSeparator) {
            name = String(name.unicodeScalars.filter { !Self.isQuoteOrSeparator($0) })
        }
        return name.unicodeScalars.contains { LabelText.isIdeograph($0.value) } ? name : nil
    }

    /// Book-title marks, quotes, colons and commas around an agency name, compared directly:
    /// a String literal's scalars were decoded again for every character of every title.
    private static func isQuoteOrSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "《", "》", "“", "”", "\"", "'", "：", ":", "，", ",": true
        default: false
        }
    }

    private func contains(_ text: String, _ key: [UInt32]) -> Bool {
        let textKey = LabelText.matchKey(of: text)
        guard textKey.count >= key.count, !key.isEmpty else { return false }
        return (0...(textKey.count - key.count)).contains { textKey[$0..<($0 + key.count)].elementsEqual(key) }
    }

    /// `2022年` or `2022年度`: four digits from 1990–2099 followed by 年, the 年/年度 included.
    static func yearRange(in scalars: [Unicode.Scalar]) -> Range<Int>? {
        let digits = scalars.map { (0x30...0x39).contains($0.value) }
        for start in 0..<max(0, scalars.count - 4) where (start == 0 || !digits[start - 1]) {
            guard digits[start..<(start + 4)].allSatisfy({ $0 }), scalars[start + 4] == "年" else { continue }
            guard scalars[start] == "2" || (scalars[start] == "1" && scalars[start + 1] == "9") else { continue }
            let end = start + 5 < scalars.count && scalars[start + 5] == "度" ? start + 6 : start + 5
            return start..<end
        }
        return nil
    }

    /// Where the report's subject starts: the agency ends there when the year comes first.
    func agencyEndIndex(in scalars: [Unicode.Scalar]) -> Int? {
        guard !agencyEnd.isEmpty, scalars.count >= agencyEnd.count else { return nil }
        return (0...(scalars.count - agencyEnd.count)).first { scalars[$0..<($0 + agencyEnd.count)].elementsEqual(agencyEnd) }
    }
}
