namespace Discovery.Text;

/// <summary>
/// One column of a record's table: its header and how to read the cell from a record. Declared beside the record,
/// so what a row shows (and the rules that derive a cell, such as a node's management IP) is said once; the CLI draws.
/// </summary>
internal sealed record TableColumn<T>(string Header, Func<T, string?> Value, bool AlignRight = false);
