/// Findings about the title, which is where `agency` and `year` come from.
enum TitleCheck {
    static func findings(_ title: TitleParser.Title?) -> [Finding] {
        guard let title else {
            return [Finding(table: nil, rule: "title.missing", severity: .warning,
                            message: "No title line containing the title marker was found near the top of the report, so agency and year are empty; check the file's first lines or title.marker in pipeline.json.")]
        }
        var findings: [Finding] = []
        if title.agency == nil {
            findings.append(Finding(table: nil, column: "agency", rule: "title.agency", severity: .warning, actual: title.text,
                                    message: "The title '\(title.text)' names no agency, so agency is empty."))
        }
        if title.year == nil {
            findings.append(Finding(table: nil, column: "year", rule: "title.year", severity: .warning, actual: title.text,
                                    message: "The title '\(title.text)' has no year such as '2022年', so year is empty."))
        }
        return findings
    }
}
