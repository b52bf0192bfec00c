using System.Runtime.InteropServices;
using Mono.Unix.Native;

namespace Discovery.Files;

/// <summary>
/// Puts a finished file or folder in place durably: rename it from its temporary name, then fsync the folder
/// that holds it. A rename lives in the folder's entry list; until that folder is flushed, a power cut can undo
/// the rename (or keep the temporary name) even though the file's own data was fsynced. Every rename-into-place
/// of the crawl log, the store's snapshots and the small state files goes through here.
/// </summary>
internal static partial class DurableFile
{
    private const int Einval = 22;

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

        // .NET cannot open a folder as a file handle (File.OpenHandle refuses directories), hence open(2), through
        // Mono.Unix: it maps the flags to each architecture's values, and its imports keep the call's errno for
        // Marshal.GetLastPInvokeError.
        var fd = Syscall.open(directory, OpenFlags.O_RDONLY | OpenFlags.O_DIRECTORY | OpenFlags.O_CLOEXEC);
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw new IOException($"could not open the folder {directory} to flush it: {DiskFull.ErrnoText(errno)}", errno);
        }

        try
        {
            // EINVAL: the file system cannot fsync a folder (some network and FUSE ones); nothing more to do there.
            if (Syscall.fsync(fd) != 0 && Marshal.GetLastPInvokeError() is var errno && errno != Einval)
            {
                throw new IOException($"could not flush the folder {directory}: {DiskFull.ErrnoText(errno)}", errno);
            }
        }
        finally
        {
            _ = Syscall.close(fd);
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

        if (Syscall.fdatasync((int)file.DangerousGetHandle()) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw new IOException($"could not flush a file to disk: {DiskFull.ErrnoText(errno)}", errno);
        }
    }
}
