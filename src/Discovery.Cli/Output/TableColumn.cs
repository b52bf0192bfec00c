namespace Discovery.Cli.Output;

/// <summary>One column of a table rendering: a header and how to read the cell from a row.</summary>
internal sealed record TableColumn<T>(string Header, Func<T, string?> Value, bool AlignRight = false);
