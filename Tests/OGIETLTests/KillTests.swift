import XCTest
@testable import OGIETL
@testable import OGIFixtures

/// A cron run can be killed at any instant (OOM killer, reboot, an impatient operator). Whatever
/// the instant, `OUT` must hold one complete run: the previous or the new, never a mix.
final class KillTests: XCTestCase {
    private static let kills = 16

    private func start(_ input: String, _ output: String) throws -> Process {
        try TestSupport.startBinary(TestSupport.ingestArguments(input, output))
    }

    private func ingest(_ input: String, _ output: String) throws -> TimeInterval {
        let started = Date()
        let process = try start(input, output)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "ingest of \(input)")
        return Date().timeIntervalSince(started)
    }

    /// Every file of a directory by name and SHA-256: two runs are the same run only if these match.
    private func contents(_ directory: String) throws -> [String: String] {
        var hashes: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) {
            hashes[name] = SHA256.hexDigest([UInt8](try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name))))
        }
        return hashes
    }

    func testOutputHoldsOneCompleteRunWheneverTheRunIsKilled() throws {
        guard FileManager.default.isExecutableFile(atPath: TestSupport.binary) else { return XCTFail("ogi-etl is not built at \(TestSupport.binary)") }
        let corpora = [TestSupport.samplesPath, try TestSupport.generatedCorpus(seeds: 12)]
        let root = try TestSupport.temporaryDirectory()
        var runs: [[String: String]] = []
        var duration: TimeInterval = 0
        for (index, corpus) in corpora.enumerated() {
            duration = max(duration, try ingest(corpus, root + "/reference-\(index)"))
            runs.append(try contents(root + "/reference-\(index)"))
        }
        let output = root + "/out"
        _ = try ingest(corpora[0], output)
        var current = 0
        var outcomes: [String: Int] = [:]
        var generator = SystemRandomNumberGenerator()
        for attempt in 0..<Self.kills {
            let next = 1 - current
            let delay = duration * 1.2 * (Double(attempt) + Double.random(in: 0..<1, using: &generator)) / Double(Self.kills)
            let process = try start(corpora[next], output)
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let found = try contents(output)
            guard let state = runs.firstIndex(of: found) else {
                return XCTFail("after a kill at \(String(format: "%.3f", delay)) s, OUT holds neither complete run: \(found.keys.sorted())")
            }
            current = state
            outcomes[state == next ? "new run" : "previous run", default: 0] += 1
        }
        print("KillTests: reference run \(String(format: "%.2f", duration)) s; after \(Self.kills) kills OUT held \(outcomes.sorted { $0.key < $1.key })")
        _ = try ingest(corpora[1], output)
        XCTAssertEqual(try contents(output), runs[1])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root).sorted(), [".out.lock", ".reference-0.lock", ".reference-1.lock", "out", "reference-0", "reference-1"])
    }
}
