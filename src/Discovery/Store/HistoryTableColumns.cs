using System.Globalization;
using Discovery.Text;

namespace Discovery.Store;

/// <summary>The table of <c>discover history</c>: a row per event.</summary>
internal static class HistoryTableColumns
{
    /// <summary>Time (UTC), kind, record, event, by whom, each changed field as before -> after.</summary>
    public static readonly TableColumn<HistoryEvent>[] All =
    [
        new("Time", e => e.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
        new("Kind", e => e.Kind), new("Record", e => e.Label ?? e.RecordId.ToString()), new("Event", e => e.Event.ToString().ToLowerInvariant()),
        new("By", e => e.Actor),
        new("Changes", e => string.Join("; ", e.Changes.Select(c => $"{c.Field}: {c.Before ?? "null"} -> {c.After ?? "null"}"))),
    ];
}
