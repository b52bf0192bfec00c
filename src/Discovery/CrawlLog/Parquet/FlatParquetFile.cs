using System.Buffers;
using System.IO.Compression;
using Discovery.Records.Columns;
using static Discovery.CrawlLog.Parquet.ThriftCompactWriter;

namespace Discovery.CrawlLog.Parquet;

/// <summary>
/// Writes a flat Parquet file of optional columns in one row group, one gzip-compressed PLAIN data page per column,
/// with the schema DuckDB gives the same columns (text is UTF8 byte arrays, timestamps are microseconds not adjusted
/// to UTC), so the crawl log's readers see one table whether DuckDB or this wrote a file. It lets a scan keep its
/// probes without loading DuckDB, whose native library alone doubled a scan's memory.
/// </summary>
/// <remarks>Field ids and enum values are those of parquet-format's parquet.thrift.</remarks>
internal static class FlatParquetFile
{
    private static readonly byte[] Magic = "PAR1"u8.ToArray();

    // parquet.thrift enums.
    private const int TypeInt32 = 1, TypeInt64 = 2, TypeDouble = 5, TypeByteArray = 6;
    private const int Optional = 1;
    private const int ConvertedUtf8 = 0, ConvertedTimestampMicros = 10;
    private const int EncodingPlain = 0, EncodingRle = 3;
    private const int CodecGzip = 2;
    private const int DataPage = 0;

    /// <summary>Writes <paramref name="columns"/> (all of one length) to <paramref name="output"/> as a whole file.</summary>
    public static void Write(Stream output, IReadOnlyList<ParquetColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(columns);
        var rows = columns.Count == 0 ? 0 : columns[0].Count;
        if (columns.Any(c => c.Count != rows))
        {
            throw new ArgumentException("every column of a row group holds the same number of rows", nameof(columns));
        }

        output.Write(Magic);
        long offset = Magic.Length;
        var chunks = new List<(long Offset, long Uncompressed, long Compressed)>(columns.Count);
        var page = new ArrayBufferWriter<byte>();
        var compressed = new MemoryStream();
        var header = new ArrayBufferWriter<byte>(64);
        foreach (var column in columns)
        {
            page.ResetWrittenCount();
            column.WritePage(page);
            compressed.SetLength(0);
            using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            {
                gzip.Write(page.WrittenSpan);
            }

            header.ResetWrittenCount();
            PageHeader(header, column.Count, page.WrittenCount, (int)compressed.Length);
            output.Write(header.WrittenSpan);
            output.Write(compressed.GetBuffer(), 0, (int)compressed.Length);
            chunks.Add((offset, header.WrittenCount + page.WrittenCount, header.WrittenCount + compressed.Length));
            offset += header.WrittenCount + compressed.Length;
        }

        var footer = new ArrayBufferWriter<byte>();
        Footer(new ThriftCompactWriter(footer), columns, rows, chunks);
        output.Write(footer.WrittenSpan);
        var length = new ArrayBufferWriter<byte>(4);
        Int32LittleEndian(length, footer.WrittenCount);
        output.Write(length.WrittenSpan);
        output.Write(Magic);
    }

    private static void PageHeader(IBufferWriter<byte> output, int values, int uncompressed, int compressed)
    {
        var thrift = new ThriftCompactWriter(output);
        thrift.I32(1, DataPage);
        thrift.I32(2, uncompressed);
        thrift.I32(3, compressed);
        thrift.BeginStruct(5); // DataPageHeader
        thrift.I32(1, values);
        thrift.I32(2, EncodingPlain);
        thrift.I32(3, EncodingRle); // definition levels
        thrift.I32(4, EncodingRle); // repetition levels (none: the columns are flat)
        thrift.EndStruct();
        thrift.Stop();
    }

    private static void Footer(ThriftCompactWriter thrift, IReadOnlyList<ParquetColumn> columns, int rows, List<(long Offset, long Uncompressed, long Compressed)> chunks)
    {
        // FileMetaData
        thrift.I32(1, 1); // version
        thrift.List(2, FieldType.Struct, columns.Count + 1); // schema: the root, then each column
        thrift.BeginStructValue();
        thrift.String(4, "schema");
        thrift.I32(5, columns.Count);
        thrift.EndStruct();
        foreach (var column in columns)
        {
            SchemaElement(thrift, column.Column);
        }

        thrift.I64(3, rows);
        thrift.List(4, FieldType.Struct, 1); // row_groups
        thrift.BeginStructValue();
        thrift.List(1, FieldType.Struct, columns.Count); // columns
        for (var i = 0; i < columns.Count; i++)
        {
            var (offset, uncompressed, compressed) = chunks[i];
            thrift.BeginStructValue(); // ColumnChunk
            thrift.I64(2, offset);
            thrift.BeginStruct(3); // ColumnMetaData
            thrift.I32(1, PhysicalType(columns[i].Column.Type));
            thrift.List(2, FieldType.I32, 2);
            thrift.I32Value(EncodingPlain);
            thrift.I32Value(EncodingRle);
            thrift.List(3, FieldType.Binary, 1);
            thrift.StringValue(columns[i].Column.Name);
            thrift.I32(4, CodecGzip);
            thrift.I64(5, rows);
            thrift.I64(6, uncompressed);
            thrift.I64(7, compressed);
            thrift.I64(9, offset);
            thrift.EndStruct();
            thrift.EndStruct();
        }

        thrift.I64(2, chunks.Sum(c => c.Uncompressed)); // total_byte_size
        thrift.I64(3, rows);
        thrift.EndStruct();
        thrift.String(6, "discover");
        thrift.Stop();
    }

    private static void SchemaElement(ThriftCompactWriter thrift, CrawlLogColumn column)
    {
        thrift.BeginStructValue();
        thrift.I32(1, PhysicalType(column.Type));
        thrift.I32(3, Optional);
        thrift.String(4, column.Name);
        if (column.Type is ColumnType.Text or ColumnType.Uuid)
        {
            thrift.I32(6, ConvertedUtf8);
        }
        else if (column.Type == ColumnType.Timestamp)
        {
            thrift.I32(6, ConvertedTimestampMicros);
            thrift.BeginStruct(10); // LogicalType, a union: TIMESTAMP is field 8
            thrift.BeginStruct(8);
            thrift.Bool(1, false); // isAdjustedToUTC: DuckDB's TIMESTAMP (not TIMESTAMPTZ) holds UTC wall time
            thrift.BeginStruct(2); // TimeUnit: MICROS is field 2
            thrift.BeginStruct(2);
            thrift.EndStruct();
            thrift.EndStruct();
            thrift.EndStruct();
            thrift.EndStruct();
        }

        thrift.EndStruct();
    }

    private static int PhysicalType(ColumnType type) => type switch
    {
        ColumnType.Int32 => TypeInt32,
        ColumnType.Int64 or ColumnType.Timestamp => TypeInt64,
        ColumnType.Double => TypeDouble,
        _ => TypeByteArray,
    };
}
