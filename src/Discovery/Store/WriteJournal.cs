using System.Buffers.Binary;
using System.IO.Hashing;
using Discovery.Files;

namespace Discovery.Store;

/// <summary>
/// The store's write journal, <c>inventory.journal</c> beside the working set: the API's grouped writes are appended
/// here, one record per group made durable with one fdatasync, and acknowledged; DuckDB takes them in later, in bigger
/// batches (<see cref="InventoryStore"/>'s journal part). A record is its length, a CRC-32 of its body, and the body
/// (the group's sequence number, then its rows, <see cref="PendingWrites.Encode"/>): a record cut short by a crash (it
/// was never acknowledged) fails its length or CRC and ends the journal there.
/// The file is grown ahead of the records, 32 KB of zeros at a time (<see cref="GrowBy"/>), so most appends
/// overwrite bytes the file already has: their fdatasync then flushes the data without a change of the file's size for
/// the file system to journal too, a third or so faster here. A zero length ends the records as a torn one does.
/// </summary>
internal sealed class WriteJournal : IDisposable
{
    /// <summary>The journal's file name inside the store's folder.</summary>
    public const string FileName = "inventory.journal";

    private const int HeaderSize = 8;

    /// <summary>
    /// How much the file grows (in zeros) when an append does not fit: about five groups of 8 PUTs, so one append in
    /// five pays for a size change; small enough that a full disk refuses writes soon after it fills (the space grown
    /// ahead takes a hundred or so more small ones, durably).
    /// </summary>
    private const int GrowBy = 32 << 10;

    private static readonly byte[] Zeros = new byte[GrowBy];

    private readonly FileStream _file;

    /// <summary>The file's size: <see cref="Length"/> bytes of records, zeros after them.</summary>
    private long _allocated;

    private WriteJournal(string path, FileStream file)
    {
        Path = path;
        _file = file;
    }

    /// <summary>The journal file.</summary>
    public string Path { get; }

    /// <summary>The bytes of whole records (appends go here; a failed append leaves it as it was).</summary>
    public long Length { get; private set; }

    /// <summary>Opens (creating) the journal at <paramref name="path"/>; call <see cref="ReadRecords"/> before appending.</summary>
    public static WriteJournal Open(string path) =>
        new(path, new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0));

    /// <summary>
    /// The whole records from the start, in order; a torn or damaged tail (a record that was being written at a crash)
    /// is cut off the file, and its size is given in <paramref name="tornBytes"/>.
    /// </summary>
    public List<(long Sequence, ReadOnlyMemory<byte> Body)> ReadRecords(out long tornBytes)
    {
        var bytes = new byte[_file.Length];
        _file.Position = 0;
        _file.ReadExactly(bytes);
        var records = new List<(long, ReadOnlyMemory<byte>)>();
        var offset = 0;
        while (bytes.Length - offset >= HeaderSize + sizeof(long))
        {
            var length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(offset));
            var crc = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset + 4));
            if (length < sizeof(long) || length > bytes.Length - offset - HeaderSize)
            {
                break;
            }

            var body = bytes.AsMemory(offset + HeaderSize, length);
            if (Crc32.HashToUInt32(body.Span) != crc)
            {
                break;
            }

            records.Add((BinaryPrimitives.ReadInt64LittleEndian(body.Span), body[sizeof(long)..]));
            offset += HeaderSize + length;
        }

        // Zeros after the records are room grown ahead, not a torn record.
        tornBytes = bytes.AsSpan(offset).ContainsAnyExcept((byte)0) ? bytes.Length - offset : 0;
        if (tornBytes > 0)
        {
            Truncate(offset);
        }

        Length = offset;
        _allocated = _file.Length;
        return records;
    }

    /// <summary>Appends the record of group <paramref name="sequence"/> and flushes it to disk; when this returns it survives kill -9 and power loss.</summary>
    /// <exception cref="IOException">The write or the flush failed (a full disk among others); the journal is as it was.</exception>
    public void Append(long sequence, ReadOnlySpan<byte> rows)
    {
        var record = new byte[HeaderSize + sizeof(long) + rows.Length];
        var body = record.AsSpan(HeaderSize);
        BinaryPrimitives.WriteInt64LittleEndian(body, sequence);
        rows.CopyTo(body[sizeof(long)..]);
        BinaryPrimitives.WriteInt32LittleEndian(record, body.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(4), Crc32.HashToUInt32(body));
        try
        {
            Grow(Length + record.Length);
            RandomAccess.Write(_file.SafeFileHandle, record, Length);
            DurableFile.FlushData(_file.SafeFileHandle);
        }
        catch (IOException)
        {
            // What did reach the file is not acknowledged: cut it off, so that no later record follows a broken one.
            TryTruncate(Length);
            throw;
        }

        Length += record.Length;
    }

    /// <summary>Writes zeros past the end of the file until it holds <paramref name="end"/> bytes (the append's fdatasync makes them durable too).</summary>
    private void Grow(long end)
    {
        if (end <= _allocated)
        {
            return;
        }

        var target = end + GrowBy;
        while (_allocated < target)
        {
            var chunk = (int)Math.Min(Zeros.Length, target - _allocated);
            RandomAccess.Write(_file.SafeFileHandle, Zeros.AsSpan(0, chunk), _allocated);
            _allocated += chunk;
        }
    }

    /// <summary>Empties the journal durably (everything in it is in DuckDB).</summary>
    /// <exception cref="IOException">The truncation could not be flushed.</exception>
    public void Clear()
    {
        if (Length > 0 || _file.Length > 0)
        {
            Truncate(0);
        }
    }

    public void Dispose() => _file.Dispose();

    private void Truncate(long length)
    {
        _file.SetLength(length);
        DurableFile.FlushData(_file.SafeFileHandle);
        Length = _allocated = length;
    }

    private void TryTruncate(long length)
    {
        try
        {
            _file.SetLength(length);
            _allocated = length;
        }
        catch (IOException)
        {
            // The next append writes over it at the same offset; a reader stops at the first record that does not check.
        }
    }
}
