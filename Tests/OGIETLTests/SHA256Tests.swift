import Foundation
import XCTest
@testable import OGIETL

final class SHA256Tests: XCTestCase {
    private func hex(_ text: String) -> String {
        SHA256.hexDigest(Array(text.utf8))
    }

    func testDigestOfEmptyInputMatchesFIPSVector() {
        XCTAssertEqual(hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    func testDigestOfABCMatchesFIPSVector() {
        XCTAssertEqual(hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    func testDigestOf448BitMessageMatchesFIPSVector() {
        XCTAssertEqual(
            hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        )
    }

    func testDigestOfOneMillionLetterAMatchesFIPSVector() {
        let input = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        XCTAssertEqual(
            SHA256.hexDigest(input),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        )
    }

    func testDigestIsThirtyTwoBytesMatchingHexDigest() {
        let input = Array("abc".utf8)
        let digest = SHA256.digest(input)
        XCTAssertEqual(digest.count, 32)
        let hex = digest.map { String(format: "%02x", $0) }.joined()
        XCTAssertEqual(hex, SHA256.hexDigest(input))
    }

    func testUpdateInOddSizedChunksMatchesSingleUpdate() {
        let input = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let expected = SHA256.digest(input)
        for chunkSize in [1, 63, 64, 65, 1000] {
            var hasher = SHA256()
            var start = 0
            while start < input.count {
                let end = min(start + chunkSize, input.count)
                hasher.update(Array(input[start..<end]))
                start = end
            }
            XCTAssertEqual(hasher.finalize(), expected, "chunk size \(chunkSize)")
        }
    }

    func testUpdateThroughRawBufferMatchesArrayUpdate() {
        let input = Array("The quick brown fox jumps over the lazy dog".utf8)
        var hasher = SHA256()
        input.withUnsafeBytes { hasher.update($0) }
        XCTAssertEqual(
            hasher.finalize().map { String(format: "%02x", $0) }.joined(),
            "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592"
        )
    }

    func testPaddingBoundaryLengthsMatchSha256sum() {
        // 55, 56 and 64 bytes straddle the point where the length no longer fits the last block.
        XCTAssertEqual(
            SHA256.hexDigest([UInt8](repeating: 0x61, count: 55)),
            "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"
        )
        XCTAssertEqual(
            SHA256.hexDigest([UInt8](repeating: 0x61, count: 56)),
            "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"
        )
        XCTAssertEqual(
            SHA256.hexDigest([UInt8](repeating: 0x61, count: 64)),
            "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"
        )
    }

    func testFinalizeResetsHasherForReuse() {
        var hasher = SHA256()
        hasher.update(Array("abc".utf8))
        _ = hasher.finalize()
        hasher.update(Array("abc".utf8))
        XCTAssertEqual(hasher.finalize(), SHA256.digest(Array("abc".utf8)))
    }

    /// Every length from 0 to 300 crosses the block and padding boundaries; the long inputs run
    /// many blocks through one call. Every block function this CPU has must give the portable
    /// code's digests, and the FIPS vectors above and below pin the portable one.
    func testEveryBlockFunctionThisCPUHasGivesThePortableCodesDigests() throws {
        let others = SHA256.BlockFunction.available.filter { $0 != .portable }
        try XCTSkipIf(others.isEmpty, "this CPU has only the portable block function")
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        let lengths = Array(0...300) + [4_095, 65_536, 1_000_003]
        for length in lengths {
            let input = (0..<length).map { _ -> UInt8 in
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return UInt8(truncatingIfNeeded: seed >> 56)
            }
            var portable = SHA256(blockFunction: .portable)
            portable.update(input)
            let expected = portable.finalizeHex()
            for function in others {
                var hasher = SHA256(blockFunction: function)
                hasher.update(input)
                XCTAssertEqual(hasher.finalizeHex(), expected, "\(function), length \(length)")
            }
        }
    }

    /// x86-64 CPUs of the last fifteen years have SSSE3, and the machines this runs on have AVX2
    /// too; on any of them the hasher must not fall back to the slow portable code.
    func testAnX86CPUWithAVX2HashesWithOneOfTheFasterBlockFunctions() throws {
        #if arch(x86_64)
        let cpuInfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        try XCTSkipUnless(cpuInfo.contains(" avx2") && cpuInfo.contains(" bmi2"), "this CPU has no AVX2 and BMI2")
        XCTAssertEqual(SHA256.BlockFunction.available.suffix(3), [.avx2, .ssse3, .portable])
        XCTAssertNotEqual(SHA256().blockFunction, .portable)
        #else
        throw XCTSkip("the vector block functions are for x86")
        #endif
    }

    func testPortableCodeMatchesFIPSVectorOnTwoBlocks() {
        var hasher = SHA256(blockFunction: .portable)
        hasher.update(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
        XCTAssertEqual(hasher.finalizeHex(), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    private func randomMessages(lengths: [Int], seed: inout UInt64) -> [[UInt8]] {
        lengths.map { length in
            (0..<length).map { _ -> UInt8 in
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return UInt8(truncatingIfNeeded: seed >> 56)
            }
        }
    }

    private func portableDigests(_ messages: [[UInt8]]) -> [String] {
        SHA256.hexDigests(messages, lanes: nil, blockFunction: .portable)
    }

    /// Batches of one to twelve messages, long and short mixed, end with lanes busy in a body,
    /// in a tail and idle; 301 messages of 0–300 bytes cross every padding boundary while lanes
    /// take new messages. Every lane function this CPU has must give the portable digests.
    func testEveryLaneFunctionThisCPUHasGivesThePortableCodesDigests() throws {
        try XCTSkipIf(SHA256.LaneFunction.available.isEmpty, "this CPU has no lane function")
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        var batches = [randomMessages(lengths: Array(0...300), seed: &seed)]
        for count in 1...12 {
            batches.append(randomMessages(lengths: (0..<count).map { [65_536, 55, 4_095, 64, 1_000, 0, 119][$0 % 7] + count }, seed: &seed))
        }
        for messages in batches {
            let expected = portableDigests(messages)
            for lanes in SHA256.LaneFunction.available {
                for blockFunction in SHA256.BlockFunction.available {
                    XCTAssertEqual(SHA256.hexDigests(messages, lanes: lanes, blockFunction: blockFunction), expected,
                                   "\(lanes), \(blockFunction), \(messages.count) messages")
                }
            }
        }
    }

    /// Long messages start first, so short ones fill the lanes around them; equal lengths
    /// (the empty messages here) keep their order.
    func testLanesTakeTheLongestMessagesFirstAndEqualLengthsInOrder() {
        XCTAssertEqual(LaneSchedule.laneOrder([4_000, 0, 102_000, 55, 0, 102_000, 64]), [2, 5, 0, 6, 3, 1, 4])
        XCTAssertEqual(LaneSchedule.laneOrder([]), [])
    }

    func testDigestsOfABatchMatchTheFIPSVectors() {
        let messages = ["", "abc", "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "", "abc"].map { Array($0.utf8) }
        XCTAssertEqual(SHA256.hexDigests(messages), [
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        ])
    }

    /// AVX-512 lanes outrun the SHA extensions one message at a time; AVX2 lanes only outrun
    /// the vector block functions.
    func testLanesArePreferredWithAVX512AndAVX2LanesOnlyWithoutTheSHAExtensions() {
        typealias Lanes = SHA256.LaneFunction
        XCTAssertEqual(Lanes.preferred(among: [.avx512, .avx2], beside: .shaExtensions), .avx512)
        XCTAssertEqual(Lanes.preferred(among: [.avx512, .avx2], beside: .avx2), .avx512)
        XCTAssertNil(Lanes.preferred(among: [.avx2], beside: .shaExtensions))
        XCTAssertEqual(Lanes.preferred(among: [.avx2], beside: .avx2), .avx2)
        XCTAssertEqual(Lanes.preferred(among: [.avx2], beside: .portable), .avx2)
        XCTAssertNil(Lanes.preferred(among: [], beside: .portable))
    }

    /// Beside the SHA extensions the lanes hand over to one message at a time sooner.
    func testLanesHandOverToOneMessageAtATimeBelowSixBusyBesideTheSHAExtensionsAndThreeOtherwise() {
        XCTAssertEqual(LaneSchedule.fewestLanes(beside: .shaExtensions), 6)
        XCTAssertEqual(LaneSchedule.fewestLanes(beside: .avx2), 3)
        XCTAssertEqual(LaneSchedule.fewestLanes(beside: .ssse3), 3)
        XCTAssertEqual(LaneSchedule.fewestLanes(beside: .portable), 3)
    }

    /// An x86 CPU with AVX-512VL hashes batches in its lanes, with or without the extensions.
    func testAnX86CPUWithAVX512HashesBatchesInItsLanes() throws {
        #if arch(x86_64)
        let cpuInfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        try XCTSkipUnless(cpuInfo.contains(" avx512f") && cpuInfo.contains(" avx512vl"), "this CPU has no AVX-512VL")
        XCTAssertEqual(SHA256.LaneFunction.fastest, .avx512)
        #else
        throw XCTSkip("the lane functions are for x86")
        #endif
    }

    /// Without the SHA extensions, an x86 CPU with AVX2 must hash batches in lanes.
    func testAnX86CPUWithAVX2ButNoSHAExtensionsHashesBatchesInLanes() throws {
        #if arch(x86_64)
        let cpuInfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        try XCTSkipUnless(cpuInfo.contains(" avx2") && !cpuInfo.contains(" sha_ni"), "this CPU has no AVX2, or has the SHA extensions")
        XCTAssertNotNil(SHA256.LaneFunction.fastest)
        XCTAssertEqual(SHA256.LaneFunction.available.last, .avx2)
        #else
        throw XCTSkip("the lane functions are for x86")
        #endif
    }
}
