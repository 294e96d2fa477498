import OGISchema

/// The contents of `pipeline.json`. Every Chinese heading and row label the parser knows is
/// here, so that a heading variant found in the wild is fixed by editing the file, not the code.
public struct PipelineConfig: Codable, Sendable, Equatable {
    public var files: FileSelection
    public var output: OutputOptions
    public var text: TextOptions
    public var title: TitleOptions
    public var sections: SectionHeadings
    public var activeDisclosure: ActiveDisclosureLabels
    public var applications: ApplicationLabels
    public var tools: ToolOptions

    public struct FileSelection: Codable, Sendable, Equatable {
        /// Shell-style patterns matched against file names (not paths).
        public var include: [String]
        public var exclude: [String]
        /// Larger files are recorded as failed without being read into memory.
        public var maxBytes: Int
        /// Formats read; a file of another format is skipped like a name outside `include`,
        /// so a run can leave out PDFs when poppler-utils is not installed.
        public var formats: [SourceFormat]
    }

    public struct ToolOptions: Codable, Sendable, Equatable {
        /// Poppler's `pdftotext`: a name looked up on PATH, or a path.
        public var pdftotext: String
        /// LibreOffice's `soffice`, which converts .doc and .wps to .docx.
        public var libreoffice: String
        /// A converter still running after this long is stopped and its report recorded as
        /// failed, so one broken file cannot hang a nightly run.
        public var timeoutSeconds: Int
    }

    public struct OutputOptions: Codable, Sendable, Equatable {
        /// zlib level 0–9.
        public var gzipLevel: Int
        /// Parallel readers; 0 means one per core.
        public var workers: Int
        /// Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a
        /// leading `'`; figures are never touched.
        public var protectFormulas: Bool
    }

    public struct TextOptions: Codable, Sendable, Equatable {
        /// Cell contents that mean "nothing printed here"; they become empty fields, never 0.
        public var blankCells: [String]
        /// Converter artefacts removed from inside cells, such as Word's `[bookmark: _GoBack]`.
        public var strippedSpans: [Span]
        /// Page headers and footers between table rows; `#` stands for a run of digits.
        public var pageFurniture: [String]
        /// Units a figure may be printed with inside a cell (`251000元`), and how many places
        /// the decimal point moves to reach the unit of the amount column (the one with shift 0).
        public var units: [UnitShift]
    }

    public struct UnitShift: Codable, Sendable, Equatable {
        public var unit: String
        public var shift: Int
    }

    public struct Span: Codable, Sendable, Equatable {
        public var open: String
        public var close: String
    }

    public struct TitleOptions: Codable, Sendable, Equatable {
        /// The phrase that identifies the title line.
        public var marker: String
        /// The words that follow the agency name when the year is printed before it.
        public var agencyEnd: String
        /// How many non-empty lines from the top may hold the title.
        public var searchLines: Int
        /// Words printed between the agency and the year that are not part of the agency name.
        public var agencyTrailingWords: [String]
    }

    public struct SectionHeadings: Codable, Sendable, Equatable {
        public var activeDisclosure: TableHeadings
        public var applications: TableHeadings
        public var reviewsLitigation: TableHeadings
        /// Headings of the narrative sections after the tables; they close the last table.
        public var end: [String]

        enum CodingKeys: String, CodingKey {
            case activeDisclosure = "active_disclosure"
            case applications
            case reviewsLitigation = "reviews_litigation"
            case end
        }
    }

    public struct TableHeadings: Codable, Sendable, Equatable {
        /// Section headings that open the table.
        public var headings: [String]
        /// Phrases inside the table that open it when its heading is missing.
        public var anchors: [String]
    }

    public struct ActiveDisclosureLabels: Codable, Sendable, Equatable {
        /// Phrases that start a sub-table and so reset its column headings.
        public var blockMarkers: [String]
        public var columns: [ColumnLabels]
        public var items: [ItemLabels]
    }

    public struct ColumnLabels: Codable, Sendable, Equatable {
        public var column: ActiveDisclosureColumn
        public var edition: TemplateEdition
        /// Longest first is not required: the longest label found at a position wins.
        public var labels: [String]
    }

    public struct ItemLabels: Codable, Sendable, Equatable {
        public var item: ActiveDisclosureItem
        public var labels: [String]
    }

    public struct ApplicationLabels: Codable, Sendable, Equatable {
        public var rows: [RowLabels]
    }

    public struct RowLabels: Codable, Sendable, Equatable {
        public var row: ApplicationRow
        public var labels: [String]
    }
}
