namespace Discovery.Tests.TestSupport;

/// <summary>A fresh directory under the system temp folder, deleted (best effort) on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = Directory.CreateTempSubdirectory("discover-storage-").FullName;
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A killed child may still hold a file for a moment; the OS temp cleaner gets it later.
        }
    }
}
