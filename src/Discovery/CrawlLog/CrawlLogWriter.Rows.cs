using Discovery.Records.Columns;
using Discovery.Store.DuckDb;
using DuckDB.NET.Data;

namespace Discovery.CrawlLog;

internal sealed partial class CrawlLogWriter
{
    /// <summary>
    /// Appends one row of <paramref name="table"/>: <c>run_id</c>, then each column of the row's map in table order.
    /// Text is scrubbed of the run's secrets; ids are written as text.
    /// </summary>
    private void AppendRow<T>(IDuckDBAppenderRow row, CrawlLogRowTable<T> table, T record)
        where T : class
    {
        if (table.AddsRunId)
        {
            // The same id on every row: encoded once (DuckDB.NET's string overload allocates native memory per call).
            row.AppendValue(_runIdUtf8.AsSpan());
        }

        var columns = table.RecordColumns;
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var value = column.Get(record);
            ColumnTypes.Append(row, column.Type switch
            {
                ColumnType.Text when table.Scrubbed[i] => S((string?)value),
                ColumnType.TextList when table.Scrubbed[i] => ((IReadOnlyList<string>)value!).Select(v => S(v) ?? string.Empty).ToList(),
                ColumnType.Uuid => value?.ToString(),
                _ => ColumnTypes.ToDuckDb(value),
            });
        }

        row.EndRow();
    }

    private string? S(string? text) => _redactor.Scrub(text);
}
