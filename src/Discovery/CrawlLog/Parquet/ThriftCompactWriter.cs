using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Discovery.CrawlLog.Parquet;

/// <summary>
/// Writes Thrift's compact protocol, the encoding of Parquet's page headers and file footer: fields are a
/// delta-coded id and a type nibble, integers are zigzag varints, strings are length-prefixed UTF-8.
/// </summary>
internal sealed class ThriftCompactWriter
{
    private const byte StructStop = 0;
    private readonly IBufferWriter<byte> _output;
    private readonly Stack<short> _lastIds = new();
    private short _lastId;

    public ThriftCompactWriter(IBufferWriter<byte> output) => _output = output;

    /// <summary>Compact-protocol type codes.</summary>
    public enum FieldType : byte
    {
        True = 1,
        False = 2,
        I32 = 5,
        I64 = 6,
        Binary = 8,
        List = 9,
        Struct = 12,
    }

    public void I32(short id, int value)
    {
        Field(id, FieldType.I32);
        Varint(ZigZag(value));
    }

    public void I64(short id, long value)
    {
        Field(id, FieldType.I64);
        Varint(ZigZag(value));
    }

    public void Bool(short id, bool value) => Field(id, value ? FieldType.True : FieldType.False);

    public void String(short id, string value)
    {
        Field(id, FieldType.Binary);
        StringValue(value);
    }

    /// <summary>Opens a struct field; close it with <see cref="EndStruct"/>.</summary>
    public void BeginStruct(short id)
    {
        Field(id, FieldType.Struct);
        BeginStructValue();
    }

    /// <summary>Opens a struct that is a list element; close it with <see cref="EndStruct"/>.</summary>
    public void BeginStructValue()
    {
        _lastIds.Push(_lastId);
        _lastId = 0;
    }

    public void EndStruct()
    {
        Byte(StructStop);
        _lastId = _lastIds.Pop();
    }

    /// <summary>Opens a list field of <paramref name="count"/> elements of <paramref name="elementType"/>; write them next.</summary>
    public void List(short id, FieldType elementType, int count)
    {
        Field(id, FieldType.List);
        ListHeader(elementType, count);
    }

    public void ListHeader(FieldType elementType, int count)
    {
        if (count < 15)
        {
            Byte((byte)((count << 4) | (byte)elementType));
        }
        else
        {
            Byte((byte)(0xF0 | (byte)elementType));
            Varint((ulong)count);
        }
    }

    public void I32Value(int value) => Varint(ZigZag(value));

    public void StringValue(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        Varint((ulong)length);
        var span = _output.GetSpan(length);
        Encoding.UTF8.GetBytes(value, span);
        _output.Advance(length);
    }

    /// <summary>Writes a struct stop byte: the end of a top-level struct (the footer, a page header).</summary>
    public void Stop() => Byte(StructStop);

    private void Field(short id, FieldType type)
    {
        var delta = id - _lastId;
        if (delta is > 0 and <= 15)
        {
            Byte((byte)((delta << 4) | (byte)type));
        }
        else
        {
            Byte((byte)type);
            Varint(ZigZag(id));
        }

        _lastId = id;
    }

    private void Byte(byte value)
    {
        _output.GetSpan(1)[0] = value;
        _output.Advance(1);
    }

    private void Varint(ulong value)
    {
        var span = _output.GetSpan(10);
        var i = 0;
        while (value >= 0x80)
        {
            span[i++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[i++] = (byte)value;
        _output.Advance(i);
    }

    private static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));

    /// <summary>Writes <paramref name="value"/> as 4 little-endian bytes (Parquet's footer length, a level block's length).</summary>
    public static void Int32LittleEndian(IBufferWriter<byte> output, int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(output.GetSpan(4), value);
        output.Advance(4);
    }
}
