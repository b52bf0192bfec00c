using System.Runtime.InteropServices;

namespace Discovery.Files;

/// <summary>
/// Puts a finished file or folder in place durably: rename it from its temporary name, then fsync the folder
/// that holds it. A rename lives in the folder's entry list; until that folder is flushed, a power cut can undo
/// the rename (or keep the temporary name) even though the file's own data was fsynced. Every rename-into-place
/// of the crawl log, the store's snapshots and the small state files goes through here.
/// </summary>
internal static partial class DurableFile
{
    // open(2) flags: O_RDONLY is 0; O_DIRECTORY and O_CLOEXEC differ by architecture (asm-generic vs x86).
    private const int OCloexec = 0x80000;
    private const int Einval = 22;

    private static int ODirectory => RuntimeInformation.ProcessArchitecture is Architecture.Arm or Architecture.Arm64 ? 0x4000 : 0x10000;

    /// <summary>Renames the file <paramref name="temporary"/> to <paramref name="final"/>, then flushes their folder.</summary>
    /// <exception cref="IOException">The rename or the flush failed.</exception>
    public static void MoveIntoPlace(string temporary, string final, bool overwrite = false)
    {
        File.Move(temporary, final, overwrite);
        FlushDirectory(Path.GetDirectoryName(Path.GetFullPath(final))!);
    }

    /// <summary>Renames the folder <paramref name="temporary"/> to <paramref name="final"/>, then flushes their parent folder.</summary>
    /// <exception cref="IOException">The rename or the flush failed.</exception>
    public static void MoveDirectoryIntoPlace(string temporary, string final)
    {
        Directory.Move(temporary, final);
        FlushDirectory(Path.GetDirectoryName(Path.GetFullPath(final))!);
    }

    /// <summary>fsyncs <paramref name="directory"/> itself (its entries), on Linux and macOS; a no-op on Windows, whose file system journals renames.</summary>
    /// <exception cref="IOException">The folder could not be opened or flushed.</exception>
    public static void FlushDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // .NET cannot open a folder as a file handle (File.OpenHandle refuses directories), hence open(2).
        var fd = Native.Open(directory, ODirectory | OCloexec);
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw new IOException($"could not open the folder {directory} to flush it: {DiskFull.ErrnoText(errno)}", errno);
        }

        try
        {
            // EINVAL: the file system cannot fsync a folder (some network and FUSE ones); nothing more to do there.
            if (Native.Fsync(fd) != 0 && Marshal.GetLastPInvokeError() is var errno && errno != Einval)
            {
                throw new IOException($"could not flush the folder {directory}: {DiskFull.ErrnoText(errno)}", errno);
            }
        }
        finally
        {
            _ = Native.Close(fd);
        }
    }

    /// <summary>
    /// Makes the data written to <paramref name="file"/> (and the size it needs to read back) durable: fdatasync(2) on
    /// Linux, which skips the timestamps fsync would also write; fsync elsewhere (through .NET).
    /// </summary>
    /// <exception cref="IOException">The flush failed (the errno is the exception's HResult, as .NET's own I/O errors carry it).</exception>
    public static void FlushData(Microsoft.Win32.SafeHandles.SafeFileHandle file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!OperatingSystem.IsLinux())
        {
            RandomAccess.FlushToDisk(file);
            return;
        }

        if (Native.Fdatasync((int)file.DangerousGetHandle()) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw new IOException($"could not flush a file to disk: {DiskFull.ErrnoText(errno)}", errno);
        }
    }

    private static partial class Native
    {
        [LibraryImport("libc", EntryPoint = "fdatasync", SetLastError = true)]
        public static partial int Fdatasync(int fd);

        [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        public static partial int Open(string path, int flags);

        [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
        public static partial int Fsync(int fd);

        [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
        public static partial int Close(int fd);
    }
}
