import OGISchema

/// Figures printed with a unit (`251000元` in the 万元 amount column). The amount is converted
/// to the column's unit by moving the decimal point, and says so; a unit pipeline.json does not
/// know, or a unit on a count, leaves the cell empty rather than a figure of the wrong size.
extension ActiveDisclosureParser {
    func figure(of cell: Cell, in values: CellRun, column: ActiveDisclosureColumn, item: ActiveDisclosureItem, findings: inout [Finding]) -> Figure? {
        guard let unit = values.unit(of: cell) else { return values.figure(of: cell) }
        let printed = values.printed(cell)
        let subject = "Item '\(item.rawValue)' prints \(column.rawValue) '\(printed)'"
        guard column == .amount else {
            findings.append(unitFinding(item, column, printed, rule: "units.unexpected",
                                        message: "\(subject), a count with a unit; only the amount column takes one, so the cell was left empty."))
            return nil
        }
        guard let shift = units.shift(of: unit) else {
            findings.append(unitFinding(item, column, printed, rule: "units.unknown",
                                        message: "\(subject); the unit '\(unit)' is not in text.units, so the cell was left empty."))
            return nil
        }
        let converted = UnitSpelling.shifted(values.string(of: cell), by: shift)
        if shift != 0 {
            findings.append(Finding(table: .activeDisclosure, row: item.rawValue, column: column.rawValue, rule: "units.converted", severity: .info,
                                    expected: converted, actual: printed,
                                    message: "\(subject); the column is counted in \(units.baseUnit.map { "'\($0)'" } ?? "its own unit"), so the decimal point was moved \(abs(shift)) places to the \(shift < 0 ? "left" : "right"): \(converted)."))
        }
        return Figure(spelling: converted.utf8)
    }

    private func unitFinding(_ item: ActiveDisclosureItem, _ column: ActiveDisclosureColumn, _ printed: String, rule: String, message: String) -> Finding {
        Finding(table: .activeDisclosure, row: item.rawValue, column: column.rawValue, rule: rule, severity: .warning, actual: printed, message: message)
    }
}
