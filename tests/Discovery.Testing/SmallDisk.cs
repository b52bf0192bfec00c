using System.Diagnostics;
using System.Globalization;
using Xunit;

namespace Discovery.Testing;

/// <summary>
/// A tiny file system of its own (a tmpfs, 5 MB by default) mounted in a fresh temp folder, to see what the code does
/// when a disk fills up. Needs the right to mount (root, as in CI); elsewhere the test is skipped with the reason.
/// Unmounted and deleted on dispose.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    private readonly TempDirectory _mountPoint;

    private SmallDisk(TempDirectory mountPoint) => _mountPoint = mountPoint;

    /// <summary>The root of the small file system.</summary>
    public string Path => _mountPoint.Path;

    /// <summary>A path inside the small file system.</summary>
    public string File(string name) => _mountPoint.File(name);

    /// <summary>Mounts a tmpfs of <paramref name="megabytes"/> MB; skips the calling test when mounting is not permitted here.</summary>
    public static async Task<SmallDisk> MountAsync(CancellationToken cancellationToken, int megabytes = 5)
    {
        var mountPoint = new TempDirectory();
        ProcessRunResult result;
        try
        {
            result = await ProcessRunner.RunAsync(
                Command("mount", "-t", "tmpfs", "-o", string.Create(CultureInfo.InvariantCulture, $"size={megabytes}m"), "tmpfs", mountPoint.Path),
                TimeSpan.FromSeconds(30),
                cancellationToken);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            mountPoint.Dispose();
            Assert.Skip($"cannot mount a small tmpfs here (no mount command: {ex.Message}); this test needs root, as in CI");
            throw;
        }

        if (result.ExitCode != 0)
        {
            mountPoint.Dispose();
            Assert.Skip($"cannot mount a small tmpfs here (mount exited {result.ExitCode}: {result.Error.Trim()}); this test needs root, as in CI");
        }

        return new SmallDisk(mountPoint);
    }

    /// <summary>Writes <c>filler</c> until the file system is full (ENOSPC); returns its size in bytes.</summary>
    public long Fill()
    {
        var buffer = new byte[64 * 1024];
        long written = 0;
        using var filler = new FileStream(File("filler"), FileMode.Create, FileAccess.Write, FileShare.None, 1);
        try
        {
            while (true)
            {
                filler.Write(buffer);
                written += buffer.Length;
            }
        }
        catch (IOException)
        {
            // Full. Fill the last partial block too, byte by byte would be slow: halve the chunk instead.
            for (var size = buffer.Length / 2; size > 0; size /= 2)
            {
                try
                {
                    filler.Write(buffer, 0, size);
                    written += size;
                }
                catch (IOException)
                {
                    // This chunk does not fit; try a smaller one.
                }
            }
        }

        return written;
    }

    /// <summary>Makes room again by deleting the filler.</summary>
    public void Free() => System.IO.File.Delete(File("filler"));

    /// <summary>Unmounts (lazily, so a file a dying child still holds cannot keep it mounted) and deletes the folder.</summary>
    public void Dispose()
    {
        using (var umount = Process.Start(Command("umount", "-l", Path)))
        {
            umount?.WaitForExit(TimeSpan.FromSeconds(30));
        }

        _mountPoint.Dispose();
    }

    private static ProcessStartInfo Command(string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }
}
