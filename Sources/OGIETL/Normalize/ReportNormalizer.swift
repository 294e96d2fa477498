import OGISchema

/// Everything read from one report, before cross-checks.
public struct NormalizedReport: Sendable, Equatable {
    public var title: String?
    public var agency: String?
    public var year: String?
    public var template: TemplateEdition?
    public var activeDisclosure: [ActiveDisclosureRecord] = []
    public var activeDisclosureEdition: TemplateEdition?
    public var applications: [ApplicationRecord] = []
    public var applicationsEdition: TemplateEdition?
    public var reviews: [ReviewRecord] = []
    /// The appeals table's figures as printed, when it printed more than fifteen.
    public var reviewFiguresPrinted: [Figure?]?
    public var tablesFound: [CanonicalTable] = []
    public var findings: [Finding] = []
}

/// Reads the three tables and the title from a report's text. A plain value built once from
/// the configuration and shared by every worker. The state parsing touches is the caller's
/// line memo and the parsers' shared label memos; what either holds depends on its key alone
/// (see `LineMemo`, `LabelMemo`), so no report reads differently for what came before it.
public struct ReportNormalizer: Sendable {
    private let tokenizer: CellTokenizer
    private let sections: SectionSplitter
    private let activeDisclosure: ActiveDisclosureParser
    private let applications: ApplicationsParser
    private let reviews: ReviewsParser
    private let titles: TitleParser

    public init(config: PipelineConfig) {
        tokenizer = CellTokenizer(options: config.text)
        sections = SectionSplitter(sections: config.sections)
        activeDisclosure = ActiveDisclosureParser(labels: config.activeDisclosure, units: UnitSpelling(units: config.text.units))
        applications = ApplicationsParser(labels: config.applications)
        reviews = ReviewsParser()
        titles = TitleParser(options: config.title)
    }

    /// `text` is UTF-8 without a byte-order mark; HTML has already been flattened. Malformed
    /// bytes are read as U+FFFD, as a String made of them would be.
    public func normalize(text: [UInt8]) -> NormalizedReport {
        var lines = LineMemo.none
        return normalize(text: text, lines: &lines)
    }

    /// As `normalize(text:)`, for one report of many: lines read in earlier reports are taken
    /// from `lines`, and this report's are left there for the next.
    public func normalize(text: [UInt8], lines: inout LineMemo) -> NormalizedReport {
        normalize(wellFormed: TextDecoder.firstInvalidUTF8(text) == nil ? text : Array(String(decoding: text, as: UTF8.self).utf8), lines: &lines)
    }

    /// Cell texts are read scalar by scalar without checking their UTF-8 again, so the text must
    /// be well-formed, as every `SourceDocument.text` is: the pipeline skips a second check.
    func normalize(wellFormed text: [UInt8], lines: inout LineMemo) -> NormalizedReport {
        var report = NormalizedReport()
        readTitle(text, into: &report)
        let reportCells = tokenizer.cells(of: text, lines: &lines)
        let tables = sections.split(reportCells, textsNamingNoSection: &lines.textsNamingNoSection)
        if let cells = tables[.activeDisclosure] {
            let reading = activeDisclosure.parse(cells)
            report.activeDisclosure = reading.records
            report.activeDisclosureEdition = reading.edition
            report.findings += reading.findings
        }
        if let cells = tables[.applications] {
            let reading = applications.parse(cells)
            report.applications = reading.records
            report.applicationsEdition = reading.edition
            report.findings += reading.findings
        }
        var reviewsPrintedAsRun = false
        if let cells = tables[.reviewsLitigation] {
            let reading = reviews.parse(cells)
            report.reviews = reading.records
            report.reviewFiguresPrinted = reading.printedFigures
            report.findings += reading.findings
            reviewsPrintedAsRun = !reading.gluedRuns.isEmpty
        }
        report.tablesFound = found(report, reviewsPrintedAsRun: reviewsPrintedAsRun)
        report.template = report.activeDisclosureEdition ?? report.applicationsEdition
        report.findings += TableCompleteness.findings(for: report)
        return report
    }

    private func readTitle(_ text: [UInt8], into report: inout NormalizedReport) {
        let lines = ByteScanning.Lines(text, upTo: 8192).prefix(64).lazy.map { ByteScanning.string(text, $0) }
        let title = titles.title(of: lines)
        report.title = title?.text
        report.agency = title?.agency
        report.year = title?.year
        report.findings += TitleCheck.findings(title)
    }

    /// A table counts as found when it printed a figure, or a digit run that could not be cut.
    private func found(_ report: NormalizedReport, reviewsPrintedAsRun: Bool) -> [CanonicalTable] {
        var tables: [CanonicalTable] = []
        if !report.activeDisclosure.isEmpty { tables.append(.activeDisclosure) }
        if !report.applications.isEmpty { tables.append(.applications) }
        if reviewsPrintedAsRun || report.reviews.contains(where: { $0.values.contains { $0 != nil } }) { tables.append(.reviewsLitigation) }
        return tables
    }
}
