import ArgumentParser
import Foundation

/// `ogi-etl-bench`: the two halves of `make bench` that need the report renderers. Timing is
/// done by `bench/run.sh` around the real `ogi-etl` binary, so nothing here measures itself.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ogi-etl-bench",
        abstract: "Generate a synthetic corpus of annual reports, or check a run's output against it.",
        subcommands: [Generate.self, Verify.self]
    )

    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write N reports in every layout, and the cells they hold.")

        @Option(help: "Number of reports.") var count: Int
        @Option(help: "Directory to create; reports go to DIR/reports, expected cells to DIR/expected.tsv.") var out: String

        func validate() throws {
            guard count > 0 else { throw ValidationError("--count must be positive, got \(count).") }
        }

        func run() throws {
            let summary = try CorpusGenerator(directory: out).generate(count: count)
            print("generated \(count) reports, \(summary.bytes) bytes, \(summary.cells) expected rows in \(out)")
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Compare every cell of an ogi-etl output with the corpus's expected cells.")

        @Option(help: "The corpus directory written by generate.") var corpus: String
        @Option(help: "The output directory written by ogi-etl ingest.") var output: String

        func run() throws {
            let result = try OutputVerifier(corpus: corpus, output: output).verify()
            print(result.summary)
            if !result.mismatches.isEmpty { throw ExitCode.failure }
        }
    }
}
