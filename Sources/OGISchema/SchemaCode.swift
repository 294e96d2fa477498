/// The schema's codes: enums whose raw values are the names written to the CSV files.
///
/// They key dictionaries and sets on every row of every report (a proactive record's figures
/// by column, the rows a table printed, the tables a report opened). A String-backed enum
/// takes its hash from the standard library's `RawRepresentable` default, which hashes the
/// raw String; that was 2.4% of a whole run. A code hashes its case instead: an enum without
/// payloads is stored as its case's index, one byte for fewer than 256 cases (the bit cast
/// traps otherwise). Equal codes are the same case, so this agrees with `==`.
public protocol SchemaCode: RawRepresentable, Hashable where RawValue == String {}

extension SchemaCode {
    @inlinable
    public func hash(into hasher: inout Hasher) {
        hasher.combine(unsafeBitCast(self, to: UInt8.self))
    }

    /// The case's place in declaration order, which is `allCases` order: the stored index the
    /// hash above reads. For ranking rows in template order without a lookup table.
    @inlinable
    public var ordinal: Int {
        Int(unsafeBitCast(self, to: UInt8.self))
    }
}
