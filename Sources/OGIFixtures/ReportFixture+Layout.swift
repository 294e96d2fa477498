import Foundation

extension ReportFixture {
    /// Fixed-pitch text placement in display columns (CJK and full-width forms count 2).
    enum Layout {
        struct Placement {
            var column: Int
            var text: String
        }

        static func width(_ text: String) -> Int {
            text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
        }

        static func isWide(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
                 0xFFE0...0xFFE6:
                return true
            default:
                return false
            }
        }

        static func centered(_ text: String, in range: Range<Int>) -> Placement {
            Placement(column: range.lowerBound + max(0, (range.count - width(text)) / 2), text: text)
        }

        /// Places the texts left to right; a text that would touch its left neighbour is pushed
        /// right so that cells are always separated by at least two spaces.
        static func line(_ placements: [Placement]) -> String {
            var text = ""
            var used = 0
            for placement in placements.sorted(by: { $0.column < $1.column }) where !placement.text.isEmpty {
                let gap = used == 0 ? placement.column : max(placement.column - used, 2)
                text += String(repeating: " ", count: gap) + placement.text
                used += gap + width(placement.text)
            }
            return text
        }

        /// Wraps prose at `width` display columns, never inside a run of ASCII digits and never
        /// before closing punctuation.
        static func wrap(_ paragraph: String, width limit: Int, indent: Int) -> [String] {
            var lines: [String] = []
            var current = String(repeating: " ", count: indent)
            var used = indent
            var pending = ""
            func flush() {
                let closing = pending.first.map { "，。：；）、”》".contains($0) } ?? false
                if used + width(pending) > limit, !closing, !current.trimmingCharacters(in: .whitespaces).isEmpty {
                    lines.append(current)
                    current = ""
                    used = 0
                }
                current += pending
                used += width(pending)
                pending = ""
            }
            for character in paragraph {
                if character.isASCII, character.isNumber || character == "." {
                    pending.append(character)
                } else {
                    if !pending.isEmpty { flush() }
                    pending.append(character)
                    flush()
                }
            }
            if !pending.isEmpty { flush() }
            if !current.isEmpty { lines.append(current) }
            return lines
        }
    }
}
