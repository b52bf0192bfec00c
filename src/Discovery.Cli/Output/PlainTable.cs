using Discovery.Text;

namespace Discovery.Cli.Output;

/// <summary>Space-aligned columns without box drawing, for <c>-o table</c> into a pipe (awk/cut friendly).</summary>
internal static class PlainTable
{
    public static void Write<T>(TextWriter writer, IReadOnlyList<T> items, IReadOnlyList<TableColumn<T>> columns)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var cells = items.Select(item => columns.Select(c => Clean(c.Value(item))).ToArray()).ToList();
        var widths = columns.Select((c, i) => Math.Max(c.Header.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length))).ToArray();
        writer.WriteLine(FormatRow(columns.Select(c => c.Header.ToUpperInvariant()).ToArray(), widths, columns));
        foreach (var row in cells)
        {
            writer.WriteLine(FormatRow(row, widths, columns));
        }
    }

    private static string Clean(string? value) =>
        string.IsNullOrEmpty(value) ? "-" : value.Replace('\n', ' ').Replace('\r', ' ');

    private static string FormatRow<T>(string[] row, int[] widths, IReadOnlyList<TableColumn<T>> columns)
    {
        var parts = new string[row.Length];
        for (var i = 0; i < row.Length; i++)
        {
            var last = i == row.Length - 1;
            parts[i] = columns[i].AlignRight ? row[i].PadLeft(widths[i]) : (last ? row[i] : row[i].PadRight(widths[i]));
        }

        return string.Join("  ", parts);
    }
}
