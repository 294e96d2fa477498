import XCTest
@testable import OGIETL
@testable import OGIFixtures

/// The AVX2 check reads 32 bytes at a time and looks back across the edge between blocks, so
/// it is held to the standard library's answer (`String(validating:)`) with each form placed
/// on both sides of those edges, and at the end of the input.
final class UTF8VectorTests: XCTestCase {
    private func assertAgreesWithTheStandardLibrary(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> Bool {
        let valid = String(validating: bytes, as: UTF8.self) != nil
        XCTAssertEqual(TextDecoder.isValidUTF8InVectors(bytes), valid, "\(bytes)", file: file, line: line)
        return valid
    }

    private func skipWithoutAVX2() throws {
        try XCTSkipIf(TextDecoder.isValidUTF8InVectors([]) == nil, "this CPU has no AVX2")
    }

    /// Every pair of bytes, after ASCII and after Chinese, at each place around the first
    /// block's edge and at the very end. At offset 40 the Chinese is cut after a lead byte, so
    /// only two continuation bytes make it whole.
    func testEveryPairOfBytesAroundABlockEdge() throws {
        try skipWithoutAVX2()
        var valid = 0
        for (prefix, offsets) in [(Array(repeating: UInt8(ascii: "a"), count: 40), [29, 30, 31, 32, 38]),
                                  (Array(String(repeating: "中", count: 14).utf8), [27, 30, 33, 40])] {
            for offset in offsets {
                for first in 0...255 {
                    for second in 0...255 {
                        let bytes = Array(prefix[..<offset]) + [UInt8(first), UInt8(second)]
                        if assertAgreesWithTheStandardLibrary(bytes) { valid += 1 }
                    }
                }
            }
        }
        XCTAssertEqual(valid, 8 * (128 * 128 + 30 * 64) + 64 * 64)
    }

    /// Every lead of three and four bytes with every second byte and the edge values of the
    /// rest, crossing the edge at each of its bytes.
    func testEveryLongerFormAcrossABlockEdge() throws {
        try skipWithoutAVX2()
        let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF]
        var checked = 0
        for lead in UInt8(0xE0)...0xFF {
            for second in UInt8(0)...0xFF {
                for rest in edges {
                    let form = lead >= 0xF0 ? [lead, second, rest, 0x80] : [lead, second, rest]
                    for offset in 29...32 {
                        let bytes = Array(repeating: UInt8(ascii: "a"), count: offset) + form + Array("表".utf8)
                        _ = assertAgreesWithTheStandardLibrary(bytes)
                        checked += 1
                    }
                }
            }
        }
        XCTAssertEqual(checked, 32 * 256 * 11 * 4)
    }

    /// A character cut off at any place, then a whole block or more of ASCII: the block read
    /// at once must not let the missing bytes pass.
    func testACharacterCutBeforeARunOfASCIIIsFound() throws {
        try skipWithoutAVX2()
        for cut: [UInt8] in [[0xC3], [0xE4], [0xE4, 0xB8], [0xF0], [0xF0, 0x90], [0xF0, 0x90, 0x80]] {
            for offset in 0..<70 {
                let bytes = Array(repeating: UInt8(ascii: "a"), count: offset) + cut + Array(repeating: UInt8(ascii: "a"), count: 70)
                XCTAssertFalse(assertAgreesWithTheStandardLibrary(bytes), "\(cut) at \(offset)")
            }
        }
    }

    /// Texts of up to 100 bytes built from characters of every length and every kind of flaw.
    func testRandomTextsOfCharactersAndFlaws() throws {
        try skipWithoutAVX2()
        let characters: [[UInt8]] = ["a", "\t", "é", "中", "\u{0800}", "\u{D7FF}", "\u{E000}", "\u{FFFD}", "\u{10000}", "\u{10FFFF}"].map { Array($0.utf8) }
        let flaws: [[UInt8]] = [[0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x9F, 0x80], [0xED, 0xA0, 0x80], [0xF0, 0x8F, 0x80, 0x80],
                                [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xC3], [0xE4, 0xB8], [0xF0, 0x90, 0x80]]
        var random = ReportFixture.LCG(seed: 5)
        var outcomes = (valid: 0, invalid: 0)
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            let length = random.int(0...100)
            while bytes.count < length {
                let pieces = random.percent(3) ? flaws : characters
                bytes += pieces[random.int(0...(pieces.count - 1))]
            }
            if assertAgreesWithTheStandardLibrary(bytes) { outcomes.valid += 1 } else { outcomes.invalid += 1 }
        }
        XCTAssertGreaterThan(outcomes.valid, 2_000)
        XCTAssertGreaterThan(outcomes.invalid, 2_000)
    }
}
