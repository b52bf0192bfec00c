using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using Discovery.Records.Columns;

namespace Discovery.CrawlLog.Parquet;

/// <summary>
/// One optional column of a flat Parquet file being filled, kept encoded as it fills: the present values in PLAIN
/// encoding and the definition levels (present or null) as RLE runs, so a part of many rows holds bytes, not objects.
/// Takes the types a crawl-log probe or run row has: text (and ids as text), 32- and 64-bit integers, doubles and
/// UTC timestamps (microseconds, as DuckDB writes <c>TIMESTAMP</c>).
/// </summary>
internal sealed class ParquetColumn
{
    private static readonly long UnixEpochTicks = DateTime.UnixEpoch.Ticks;
    private readonly ArrayBufferWriter<byte> _values = new();
    private readonly ArrayBufferWriter<byte> _levels = new();
    private bool _runPresent;
    private int _runLength;

    public ParquetColumn(CrawlLogColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (column.Type is not (ColumnType.Text or ColumnType.Uuid or ColumnType.Int32 or ColumnType.Int64 or ColumnType.Double or ColumnType.Timestamp))
        {
            throw new ArgumentException($"column {column.Name}: {column.Type} is not a flat Parquet type here", nameof(column));
        }

        Column = column;
    }

    public CrawlLogColumn Column { get; }

    /// <summary>Values added, nulls included.</summary>
    public int Count { get; private set; }

    /// <summary>Adds one value in its CLR form (string, int, long, double, DateTimeOffset; ids as anything whose text is the id), or null.</summary>
    public void Add(object? value)
    {
        Level(value is not null);
        Count++;
        switch (value)
        {
            case null:
                return;
            case string text:
                Text(text);
                return;
            case int number when Column.Type == ColumnType.Int32:
                BinaryPrimitives.WriteInt32LittleEndian(_values.GetSpan(4), number);
                _values.Advance(4);
                return;
            case long or int when Column.Type == ColumnType.Int64:
                BinaryPrimitives.WriteInt64LittleEndian(_values.GetSpan(8), Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                _values.Advance(8);
                return;
            case double number:
                BinaryPrimitives.WriteDoubleLittleEndian(_values.GetSpan(8), number);
                _values.Advance(8);
                return;
            case DateTimeOffset instant:
                BinaryPrimitives.WriteInt64LittleEndian(_values.GetSpan(8), (instant.UtcTicks - UnixEpochTicks) / TimeSpan.TicksPerMicrosecond);
                _values.Advance(8);
                return;
            default:
                if (Column.Type is ColumnType.Text or ColumnType.Uuid)
                {
                    Text(value.ToString() ?? string.Empty);
                    return;
                }

                throw new ArgumentException($"column {Column.Name}: a {value.GetType().Name} is not a {Column.Type}", nameof(value));
        }
    }

    /// <summary>The data page body: the definition levels (length-prefixed RLE runs), then the PLAIN values.</summary>
    public void WritePage(IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var levels = new ArrayBufferWriter<byte>(_levels.WrittenCount + 8);
        levels.Write(_levels.WrittenSpan);
        if (_runLength > 0)
        {
            Run(levels, _runPresent, _runLength);
        }

        ThriftCompactWriter.Int32LittleEndian(output, levels.WrittenCount);
        output.Write(levels.WrittenSpan);
        output.Write(_values.WrittenSpan);
    }

    /// <summary>Empties the column for the next part.</summary>
    public void Clear()
    {
        _values.ResetWrittenCount();
        _levels.ResetWrittenCount();
        _runLength = 0;
        Count = 0;
    }

    private void Text(string text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        var span = _values.GetSpan(4 + length);
        BinaryPrimitives.WriteInt32LittleEndian(span, length);
        Encoding.UTF8.GetBytes(text, span[4..]);
        _values.Advance(4 + length);
    }

    // Definition levels of a flat optional column are 1 (present) or 0 (null), one bit wide: a run is its length
    // shifted left once (the low bit 0 says "RLE run"), then the level in one byte.
    private void Level(bool present)
    {
        if (_runLength > 0 && present != _runPresent)
        {
            Run(_levels, _runPresent, _runLength);
            _runLength = 0;
        }

        _runPresent = present;
        _runLength++;
    }

    private static void Run(IBufferWriter<byte> output, bool present, int length)
    {
        var span = output.GetSpan(6);
        var i = 0;
        var header = (uint)length << 1;
        while (header >= 0x80)
        {
            span[i++] = (byte)(header | 0x80);
            header >>= 7;
        }

        span[i++] = (byte)header;
        span[i++] = present ? (byte)1 : (byte)0;
        output.Advance(i);
    }
}
