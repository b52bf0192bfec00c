using System.Runtime.InteropServices;

namespace Discovery.Files;

/// <summary>
/// Recognises a full disk (ENOSPC) in an exception from .NET's file APIs or from DuckDB, so that every message
/// about it says so in plain words instead of a bare I/O error.
/// </summary>
internal static class DiskFull
{
    // ENOSPC is 28 on Linux and macOS; .NET puts the raw errno in IOException.HResult on Unix. On Windows the
    // HRESULTs of ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL.
    private const int Enospc = 28;
    private const int WindowsDiskFull = unchecked((int)0x80070070);
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);

    /// <summary>The reason DuckDB and the C library give (strerror(ENOSPC)).</summary>
    public const string Reason = "No space left on device";

    /// <summary>True when <paramref name="exception"/> or one of its causes is a full disk.</summary>
    public static bool Is(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current.Message.Contains(Reason, StringComparison.OrdinalIgnoreCase)
                || (current is IOException && current.HResult is WindowsDiskFull or WindowsHandleDiskFull)
                || (current is IOException && !OperatingSystem.IsWindows() && current.HResult == Enospc))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the disk is full (No space left on device)" for a full disk, else the exception's own message.</summary>
    public static string Explain(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Is(exception) ? $"the disk is full ({Reason})" : exception.Message;
    }

    /// <summary>The message of errno <paramref name="errno"/>, for a failed system call.</summary>
    internal static string ErrnoText(int errno) => Marshal.GetPInvokeErrorMessage(errno);
}
