using System.Globalization;
using Discovery.Text;

namespace Discovery.Store;

/// <summary>The table of <c>discover snapshot</c>: a row per snapshot.</summary>
internal static class SnapshotTableColumns
{
    /// <summary>Name, when taken, version, rows per table (<c>-</c> for a table the snapshot lacks), size in MB.</summary>
    public static readonly TableColumn<SnapshotInfo>[] All =
    [
        new("Name", s => s.Name),
        new("Taken", s => s.TakenAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
        new("Version", s => s.Version.ToString(CultureInfo.InvariantCulture), AlignRight: true),
        new("Nodes", s => Rows(s, "nodes"), AlignRight: true), new("BMCs", s => Rows(s, "bmcs"), AlignRight: true),
        new("NICs", s => Rows(s, "nics"), AlignRight: true), new("History", s => Rows(s, "history"), AlignRight: true),
        new("MB", s => (s.Bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture), AlignRight: true),
    ];

    private static string Rows(SnapshotInfo snapshot, string table) =>
        snapshot.Rows.TryGetValue(table, out var rows) ? rows.ToString(CultureInfo.InvariantCulture) : "-";
}
