using System.Text;
using DuckDB.NET.Data;

namespace Discovery.CrawlLog;

/// <summary>
/// Up to a batch of <c>responses</c> rows, already redacted and encoded on the adding thread: each row's text as UTF-8
/// in one buffer the batch keeps, its numbers unboxed. The writer's appending thread then only copies bytes into
/// DuckDB (scripts/bench-crawl-log.sh: that thread was the limit, and encoding, scrubbing and boxing were a fifth of
/// its time). A batch is reused once appended, buffer and all, so a run allocates nothing per row here. Not thread-safe.
/// </summary>
internal sealed class ResponseBatch
{
    // Room for a batch of typical 1-2 KB bodies; a batch that grew past the cap (huge bodies) shrinks back when cleared,
    // so one odd response does not keep its buffer for the rest of the run.
    private const int InitialTextBytes = 1 << 19;
    private const int KeptTextBytes = 4 << 20;

    /// <summary>The columns <see cref="AppendTo"/> fills, in order: those of <see cref="CrawlLogTables.Responses"/>.</summary>
    internal static readonly string[] ColumnOrder =
        ["run_id", "ts", "bmc", "port", "method", "uri", "status", "elapsed_ms", "bytes", "etag", "odata_type", "body", "error"];

    private readonly List<Row> _rows;
    private byte[] _text = new byte[InitialTextBytes];
    private int _textLength;

    public ResponseBatch(int capacity) => _rows = new List<Row>(capacity);

    /// <summary>Rows in the batch.</summary>
    public int Count => _rows.Count;

    /// <summary>
    /// Adds a row whose body was redacted already; its other text is scrubbed here. <paramref name="oDataType"/> is the
    /// row's own or the one read from the body.
    /// </summary>
    public void Add(ResponseLogRow row, string? body, string? oDataType, CrawlLogRedactor redactor)
    {
        _rows.Add(new Row(
            row.Timestamp.UtcDateTime,
            Encode(redactor.Scrub(row.Bmc)),
            row.Port,
            Encode(redactor.Scrub(row.Method)),
            Encode(redactor.Scrub(row.Uri)),
            row.Status,
            row.ElapsedMs,
            row.Bytes,
            Encode(redactor.Scrub(row.ETag)),
            Encode(redactor.Scrub(oDataType)),
            Encode(body),
            Encode(redactor.Scrub(row.Error)),
            (body?.Length ?? 0) + (row.Error?.Length ?? 0)));
    }

    /// <summary>The characters of row <paramref name="index"/>'s body and error, which bound a part's size.</summary>
    public long CharsOf(int index) => _rows[index].Chars;

    /// <summary>Appends row <paramref name="index"/> as one row of <c>responses</c> (<see cref="ColumnOrder"/>).</summary>
    public void AppendTo(IDuckDBAppenderRow target, int index, Span<byte> runIdUtf8)
    {
        var row = _rows[index];
        target.AppendValue(runIdUtf8).AppendValue(row.Timestamp);
        Append(target, row.Bmc).AppendValue(row.Port);
        Append(Append(target, row.Method), row.Uri).AppendValue(row.Status).AppendValue(row.ElapsedMs).AppendValue(row.Bytes);
        Append(Append(Append(Append(target, row.ETag), row.ODataType), row.Body), row.Error).EndRow();
    }

    /// <summary>Empties the batch for reuse.</summary>
    public void Clear()
    {
        _rows.Clear();
        _textLength = 0;
        if (_text.Length > KeptTextBytes)
        {
            _text = new byte[InitialTextBytes];
        }
    }

    private IDuckDBAppenderRow Append(IDuckDBAppenderRow target, Text text) =>
        text.Length < 0 ? target.AppendNullValue() : target.AppendValue(_text.AsSpan(text.Offset, text.Length));

    // Encoding.UTF8 always produces valid UTF-8 (a lone surrogate becomes U+FFFD), as DuckDB's VARCHAR requires.
    private Text Encode(string? text)
    {
        if (text is null)
        {
            return new Text(0, -1);
        }

        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_text.Length - _textLength < most)
        {
            Array.Resize(ref _text, Math.Max(_text.Length * 2, _textLength + most));
        }

        var length = Encoding.UTF8.GetBytes(text, _text.AsSpan(_textLength));
        var encoded = new Text(_textLength, length);
        _textLength += length;
        return encoded;
    }

    /// <summary>Where a text value's UTF-8 lies in the batch's buffer; a length of -1 is null.</summary>
    private readonly record struct Text(int Offset, int Length);

    private readonly record struct Row(
        DateTime Timestamp,
        Text Bmc,
        int? Port,
        Text Method,
        Text Uri,
        int? Status,
        double? ElapsedMs,
        long? Bytes,
        Text ETag,
        Text ODataType,
        Text Body,
        Text Error,
        long Chars);
}
