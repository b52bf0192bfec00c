using BenchmarkDotNet.Running;

namespace Discovery.Benchmarks;

/// <summary>
/// The benchmarks of the hot paths (STYLE.md): mapping one system, redacting one body, one store read, one JSON
/// render. <c>dotnet run -c Release --project tests/Discovery.Benchmarks -- --filter '*'</c>; add
/// <c>--job short --inProcess</c> for a quick look. Speed goals are checked by scripts/bench*.sh, never by tests.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
