using Discovery.Records.Columns;

namespace Discovery.CrawlLog;

/// <summary>
/// A crawl-log table of <typeparamref name="T"/> rows, made from <typeparamref name="T"/>'s column map: <c>run_id</c>
/// first (unless the map has it), then the map's crawl-log columns.
/// </summary>
/// <typeparam name="T">The row type.</typeparam>
internal sealed class CrawlLogRowTable<T> : CrawlLogTable
    where T : class
{
    public const string RunIdColumn = "run_id";

    public CrawlLogRowTable(string name, RecordColumns<T> map, IReadOnlyCollection<string>? preRedacted = null)
        : base(name, Shape(map))
    {
        Map = map;
        RecordColumns = [.. map.In(ColumnPlacement.CrawlLog)];
        AddsRunId = map.Find(RunIdColumn) is null;
        var redacted = preRedacted ?? [];
        Scrubbed = [.. RecordColumns.Select(c => c.Type is ColumnType.Text or ColumnType.TextList && !redacted.Contains(c.Name))];
    }

    public RecordColumns<T> Map { get; }

    /// <summary>The columns filled from a row, in file order (after <c>run_id</c> when <see cref="AddsRunId"/>).</summary>
    public IReadOnlyList<RecordColumn<T>> RecordColumns { get; }

    /// <summary>Whether the writer adds <c>run_id</c> before the row's own columns.</summary>
    public bool AddsRunId { get; }

    /// <summary>
    /// Per column of <see cref="RecordColumns"/>: whether the writer scrubs its text. Every text column is, but for
    /// those the writer redacts before the row reaches the table (bodies).
    /// </summary>
    public IReadOnlyList<bool> Scrubbed { get; }

    private static List<CrawlLogColumn> Shape(RecordColumns<T> map)
    {
        var columns = map.In(ColumnPlacement.CrawlLog).Select(c => new CrawlLogColumn(c.Name, c.Type)).ToList();
        if (map.Find(RunIdColumn) is null)
        {
            columns.Insert(0, new CrawlLogColumn(RunIdColumn, ColumnType.Text));
        }

        return columns;
    }
}
