namespace Discovery.Storage.Tests;

/// <summary>Dispatches the helper modes of <see cref="Program"/>.</summary>
internal static class HelperModes
{
    public static bool TryRun(string[] args, out int exitCode)
    {
        exitCode = 0;
        return false;
    }
}
