namespace Discovery.Pipeline;

/// <summary>What a send registered, and from where.</summary>
/// <param name="Source">Where the records came from (<c>collect run 20261122T021500Z-1a2b3c4d</c>).</param>
/// <param name="BmcCount">The BMCs read from it.</param>
/// <param name="Smd">The SMD step.</param>
internal sealed record SendJobResult(string Source, int BmcCount, SmdStepResult Smd);
