using System.Runtime.CompilerServices;
using Discovery.Testing;

namespace Discovery.Tests;

internal static class TestProcessSetup
{
    /// <summary>Runs before any test: default folders point into a temp folder, never the user's.</summary>
    [ModuleInitializer]
    internal static void Initialize() => IsolatedUserFolders.Apply();
}
