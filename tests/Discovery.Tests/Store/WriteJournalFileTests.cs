using Discovery.Testing;

namespace Discovery.Store.Tests;

/// <summary>
/// The journal file itself (<see cref="WriteJournal"/>): it is grown with zeros ahead of its records, and those zeros
/// are room, not a torn record; whatever else follows the records is cut off.
/// </summary>
public sealed class WriteJournalFileTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    private string JournalPath => Path.Combine(_directory.Path, WriteJournal.FileName);

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Append_GrowsTheFileWithZerosAhead_ReopenReadsEveryRecordAndAppendsAfterThem()
    {
        using (var journal = WriteJournal.Open(JournalPath))
        {
            Assert.Empty(journal.ReadRecords(out _));
            journal.Append(1, [1, 2, 3]);
            journal.Append(2, [4, 5]);

            // Two records: 8 bytes of header, 8 of sequence and the rows each; the file is longer, zeros after them.
            Assert.Equal(16 + 3 + 16 + 2, journal.Length);
            Assert.True(new FileInfo(JournalPath).Length > journal.Length);
            Assert.All(File.ReadAllBytes(JournalPath)[(int)journal.Length..], b => Assert.Equal(0, b));
        }

        var grown = new FileInfo(JournalPath).Length;
        using (var journal = WriteJournal.Open(JournalPath))
        {
            var records = journal.ReadRecords(out var torn);
            Assert.Equal(0, torn);
            Assert.Equal(grown, new FileInfo(JournalPath).Length);
            Assert.Equal([1L, 2L], records.Select(r => r.Sequence));
            Assert.Equal([4, 5], records[1].Body.ToArray());

            // The next record goes right after the last one, not after the zeros.
            journal.Append(3, [6]);
        }

        using (var journal = WriteJournal.Open(JournalPath))
        {
            var records = journal.ReadRecords(out var torn);
            Assert.Equal(0, torn);
            Assert.Equal([1L, 2L, 3L], records.Select(r => r.Sequence));
            Assert.Equal([6], records[2].Body.ToArray());
        }
    }

    [Fact]
    public void ReadRecords_SomethingBesideZerosAfterTheRecords_IsCutOff()
    {
        long length;
        using (var journal = WriteJournal.Open(JournalPath))
        {
            journal.ReadRecords(out _);
            journal.Append(1, [1, 2, 3]);
            length = journal.Length;
        }

        // A record being written at a crash: part of its body reached the disk, its header did not.
        using (var file = new FileStream(JournalPath, FileMode.Open, FileAccess.Write))
        {
            file.Position = length + 100;
            file.Write([7, 7, 7]);
        }

        var size = new FileInfo(JournalPath).Length;
        using (var journal = WriteJournal.Open(JournalPath))
        {
            var records = journal.ReadRecords(out var torn);
            Assert.Equal([1L], records.Select(r => r.Sequence));
            Assert.Equal(size - length, torn);
            Assert.Equal(length, new FileInfo(JournalPath).Length);
        }
    }

    [Fact]
    public void Clear_EmptiesTheFile_NextAppendGrowsItAgain()
    {
        using var journal = WriteJournal.Open(JournalPath);
        journal.ReadRecords(out _);
        journal.Append(1, [1]);

        journal.Clear();
        Assert.Equal(0, new FileInfo(JournalPath).Length);

        journal.Append(2, [2]);
        Assert.True(new FileInfo(JournalPath).Length > journal.Length);
        File.Copy(JournalPath, JournalPath + ".copy");
        using var reader = WriteJournal.Open(JournalPath + ".copy");
        Assert.Equal([2L], reader.ReadRecords(out var torn).Select(r => r.Sequence));
        Assert.Equal(0, torn);
    }
}
